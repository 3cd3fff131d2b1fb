#pragma once
// Runs the enabled rules on a document and collects their diagnostics.
#include <cstddef>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "core/language.h"
#include "core/options.h"
#include "core/rule.h"

namespace gklint {

struct TemplateSet;
class RuleTimings;

// A rule as one file's configuration enables it.
struct EnabledRule {
    const Rule* rule;
    Severity severity;
    OptionMap options;
};


// Rules never see each other's results. Diagnostics come back sorted by
// position, then rule id, with fingerprints set. A rule that throws yields an
// error diagnostic `internal/rule-failure` instead of stopping the run.
// `templates` (the report formats) may be null: rules then see a model without tables.
// With `timings`, the model's construction and each rule are timed into it.
std::vector<Diagnostic> run_rules(const Document& document, const std::vector<EnabledRule>& rules,
                                  Language language, const TemplateSet* templates = nullptr,
                                  RuleTimings* timings = nullptr);

// The same on an Analysis the caller keeps (the audit reads the model after the rules).
class Analysis;
std::vector<Diagnostic> run_rules(const Analysis& analysis, const std::vector<EnabledRule>& rules, Language language,
                                  RuleTimings* timings = nullptr);

}  // namespace gklint
