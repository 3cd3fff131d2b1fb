#pragma once
// `gklint parse FILE…`: the report model of each file, for debugging and for
// people who want the statistics as data.
#include <iosfwd>
#include <string>
#include <vector>

#include "app/cli_options.h"

namespace gklint {

int run_parse_command(const std::vector<std::string>& files, const std::string& format, const LintOptions& options,
                      std::ostream& out, std::ostream& err);

}  // namespace gklint
