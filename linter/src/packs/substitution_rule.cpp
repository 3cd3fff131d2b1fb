// kind: substitution — a wrong form and its right form, with a fix (the fix
// replaces the document's text, also when matched on the normalised view).
#include "packs/rule_kind.h"
#include "packs/token_matcher.h"

namespace gklint {
namespace {

class SubstitutionRule final : public Rule {
public:
    SubstitutionRule(RuleMeta meta, LocalizedText message, TokenMatcher matcher,
                     std::vector<std::string> replacements, bool safe, bool normalized)
        : meta_(std::move(meta)), message_(std::move(message)), matcher_(std::move(matcher)),
          replacements_(std::move(replacements)), safe_(safe), normalized_(normalized) {}

    const RuleMeta& meta() const override { return meta_; }

    void check(CheckContext& ctx) const override {
        const std::string& message = message_.in(ctx.language);
        matcher_.for_each(ctx, normalized_, [&](const TokenMatch& m) {
            TemplateValues values = template_values(m);
            std::string replacement = expand_template(replacements_[m.token], values);
            if (replacement == m.groups[0]) return;
            values["replacement"] = replacement;
            Diagnostic d;
            d.range = {m.begin, m.end};
            d.message = expand_template(message, values);
            d.fix = Fix{d.range, std::move(replacement), safe_};
            ctx.out.push_back(std::move(d));
        });
    }

private:
    RuleMeta meta_;
    LocalizedText message_;
    TokenMatcher matcher_;
    std::vector<std::string> replacements_;
    bool safe_;
    bool normalized_;
};

}  // namespace

std::unique_ptr<Rule> make_substitution_rule(PackRuleDefinition& def) {
    const auto& f = def.file;
    const auto& n = def.node;
    const YAML::Node& swap = n["swap"];
    if (!swap) f.fail(n, "a substitution rule needs 'swap' (wrong: right)");
    f.require_map(swap, "swap");
    std::vector<std::string> wrong, right;
    for (const auto& entry : swap) {
        wrong.push_back(f.scalar(entry.first, "swap key"));
        right.push_back(f.scalar(entry.second, "swap value"));
    }
    auto matcher = TokenMatcher::from_rule(f, n, swap, wrong);
    bool safe = !n["safe"] || f.boolean(n["safe"], "safe");
    bool normalized = n["normalized"] && f.boolean(n["normalized"], "normalized");
    def.meta.fixable = true;
    return std::make_unique<SubstitutionRule>(std::move(def.meta), std::move(def.message), std::move(matcher),
                                              std::move(right), safe, normalized);
}

}  // namespace gklint
