// The command-line program, entered from the `gklint` launcher (linter/launcher/gklint.c).
#include <iostream>

#include "app/cli.h"

extern "C" __attribute__((visibility("default"))) int gklint_main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    int status = gklint::run_cli(argc, argv, std::cout, std::cerr);
    std::cout.flush();
    return status;
}
