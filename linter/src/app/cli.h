#pragma once
// The command line: parses arguments with CLI11 and runs the chosen command.
#include <iosfwd>

namespace gklint {

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace gklint
