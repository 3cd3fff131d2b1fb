#pragma once
// `gklint lsp`: the language server over standard input and output.
#include <iosfwd>

#include "app/cli_options.h"

namespace gklint {

// Serves until `exit` or the end of `in`. Returns 0 after shutdown + exit, 1 when
// the client left without shutdown, 2 when the rules or plugins cannot be loaded.
int run_lsp_command(const LintOptions& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace gklint
