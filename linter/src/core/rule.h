#pragma once
// A rule: metadata next to the check, like ruff's and ESLint's rule objects.
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "core/finding_list.h"
#include "core/language.h"
#include "core/options.h"
#include "core/severity.h"

namespace gklint {

struct RuleMeta {
    std::string id;  // "category/kebab-name"
    Severity default_severity = Severity::Warning;
    LocalizedText summary;
    bool fixable = false;
    std::vector<OptionSpec> options;
    std::string origin;  // for people: "pack text (rules/text.yaml)", "plugin article 1.0.0 (…/gklint-article.so)"
    std::string source;  // absolute path of the pack file or plugin library that defined the rule
    bool builtin = false;  // shipped with gklint: enabled everywhere unless configured off
};

// What a check receives. Diagnostics it reports carry range, message, notes and fix;
// the runner fills in rule id, severity and fingerprint.
class Analysis;

struct CheckContext {
    const Document& document;
    const Analysis& analysis;  // the normalised view and the report model, built on first use
    Language language;
    const OptionMap& options;
    FindingList& out;
};

class Rule {
public:
    virtual ~Rule() = default;
    virtual const RuleMeta& meta() const = 0;
    // Must be safe to call concurrently on different documents.
    virtual void check(CheckContext& ctx) const = 0;
};

// True for "category/kebab-name" ids: lowercase ASCII letters, digits and '-'.
bool is_valid_rule_id(std::string_view id);

}  // namespace gklint
