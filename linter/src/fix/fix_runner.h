#pragma once
// `--fix` / `--fix-dry-run`: lint, apply fixes, re-lint, up to kMaxFixPasses
// times per file, then write the file back (or print the diff).
#include <iosfwd>
#include <vector>

#include "app/cli_options.h"
#include "app/lint_job.h"

namespace gklint {

inline constexpr int kMaxFixPasses = 10;

// Like lint_all, but with options.fix set: the outcomes hold the findings that
// remain after fixing. Diffs (--fix-dry-run) go to `out`; what was fixed, skipped
// or could not be written goes to `err`. A file that cannot be written back gets
// an outcome error.
std::vector<LintOutcome> fix_all(std::vector<LintJob>& jobs, const LintOptions& options, std::ostream& out,
                                 std::ostream& err);

}  // namespace gklint
