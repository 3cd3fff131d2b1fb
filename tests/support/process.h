#pragma once
// Runs the gklint binary as a user would and captures what it prints.
#include <string>
#include <vector>

namespace gklint::test {

struct ProcessResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs GKLINT_BINARY with `args` (no shell), feeding `input` on stdin, with
// extra environment entries "NAME=value" and NO_COLOR unset unless given.
ProcessResult run_gklint(const std::vector<std::string>& args, const std::string& input = {},
                         const std::vector<std::string>& env = {}, const std::string& cwd = {});

}  // namespace gklint::test
