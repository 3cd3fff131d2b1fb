#pragma once
// Linting one file: read, decode, run its rules. Independent of every other file.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/cli_options.h"
#include "core/document.h"
#include "core/rule_set_cache.h"

namespace gklint {

struct LintJob {
    std::string path;  // as shown to the user
    bool from_stdin = false;
    std::string stdin_bytes;
    SharedRules rules;
    const TemplateSet* templates = nullptr;
};

struct LintOutcome {
    std::unique_ptr<Document> document;  // null when the input could not be read or decoded
    std::vector<Diagnostic> diagnostics;
    std::optional<std::string> error;  // why the input could not be linted
};

LintOutcome lint_one(LintJob& job, const LintOptions& options);

// Runs lint_one over all jobs on `options.jobs` threads and hands each outcome to
// `deliver` in the jobs' order, as soon as it and all before it are done, on the
// calling thread. Workers run at most a few files ahead of the last delivered, so
// memory does not grow with the number of files.
void lint_in_order(std::vector<LintJob>& jobs, const LintOptions& options,
                   const std::function<void(std::size_t, LintOutcome&&)>& deliver);

// lint_in_order with every outcome kept (fixes and baselines need them all).
std::vector<LintOutcome> lint_all(std::vector<LintJob>& jobs, const LintOptions& options);

}  // namespace gklint
