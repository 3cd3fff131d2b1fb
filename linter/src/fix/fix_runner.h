#pragma once
// `--fix` / `--fix-dry-run`: lint, apply fixes, re-lint, up to kMaxFixPasses
// times per file, then write the file back (or print the diff).
#include <iosfwd>
#include <string>
#include <vector>

#include "app/cli_options.h"
#include "app/lint_job.h"

namespace gklint {

inline constexpr int kMaxFixPasses = 10;

struct FileFixResult {
    std::size_t applied = 0;
    int passes = 0;
    std::vector<std::string> notes;  // fixes skipped or refused, and why
};

// Fixes one file in memory, re-linting after each pass; `outcome` becomes the outcome of
// the fixed text (its document's original_bytes() are the fixed file).
FileFixResult fix_in_memory(const LintJob& job, LintOutcome& outcome, const LintOptions& options);

// Like lint_all, but with options.fix set: the outcomes hold the findings that
// remain after fixing. Diffs (--fix-dry-run) go to `out`; what was fixed, skipped
// or could not be written goes to `err`. A file that cannot be written back gets
// an outcome error.
std::vector<LintOutcome> fix_all(std::vector<LintJob>& jobs, const LintOptions& options, std::ostream& out,
                                 std::ostream& err);

}  // namespace gklint
