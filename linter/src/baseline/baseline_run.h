#pragma once
// --baseline and --baseline-write on the outcomes of a lint run.
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "app/lint_job.h"
#include "core/language.h"

namespace gklint {

// Removes the findings the baseline at `path` covers. Returns the line to print
// once the findings are out, in `language` ("gklint: baseline: 12 findings suppressed, 1 no
// longer occurs"), or nullopt after printing why the baseline cannot be used.
std::optional<std::string> apply_baseline(const std::string& path, const std::vector<LintJob>& jobs,
                                          std::vector<LintOutcome>& outcomes, Language language, std::ostream& err);

// Writes the findings of the linted files to `path`; false (after saying why) on failure.
bool record_baseline(const std::string& path, const std::vector<LintJob>& jobs,
                     const std::vector<LintOutcome>& outcomes, Language language, std::ostream& err);

}  // namespace gklint
