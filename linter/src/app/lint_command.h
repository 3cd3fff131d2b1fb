#pragma once
// `gklint [options] PATH...`: lint reports and print the findings.
#include <iosfwd>

#include "app/cli_options.h"

namespace gklint {

int run_lint(const LintOptions& options, std::ostream& out, std::ostream& err);

}  // namespace gklint
