#include <iostream>

#include "app/cli.h"

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    return gklint::run_cli(argc, argv, std::cout, std::cerr);
}
