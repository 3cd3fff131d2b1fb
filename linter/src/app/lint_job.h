#pragma once
// Linting one file: read, decode, run its rules. Independent of every other file.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/cli_options.h"
#include "core/document.h"
#include "core/runner.h"

namespace gklint {

struct LintJob {
    std::string path;  // as shown to the user
    bool from_stdin = false;
    std::string stdin_bytes;
    std::vector<EnabledRule> rules;
    const TemplateSet* templates = nullptr;
};

struct LintOutcome {
    std::unique_ptr<Document> document;  // null when the input could not be read or decoded
    std::vector<Diagnostic> diagnostics;
    std::optional<std::string> error;  // why the input could not be linted
};

LintOutcome lint_one(LintJob& job, const LintOptions& options);

// Runs lint_one over all jobs on `jobs` threads; results keep the jobs' order.
std::vector<LintOutcome> lint_all(std::vector<LintJob>& jobs, const LintOptions& options);

}  // namespace gklint
