#pragma once
// The command-line options of fixes and baselines (docs/fixes-and-baselines.md).
#include <CLI/CLI.hpp>

#include "app/cli_options.h"

namespace gklint {

// Adds --fix, --fix-dry-run, --unsafe-fixes, --baseline and --baseline-write,
// writing into `lint` when parsed.
void add_fix_and_baseline_options(CLI::App& app, LintOptions& lint);

}  // namespace gklint
