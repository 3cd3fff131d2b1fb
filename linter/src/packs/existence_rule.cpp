// kind: existence — report every match of any token (in the document, or with
// `normalized: true` in its normalised view, reported at the document's text).
#include <optional>

#include "packs/rule_kind.h"
#include "packs/token_matcher.h"

namespace gklint {
namespace {

class ExistenceRule final : public Rule {
public:
    ExistenceRule(RuleMeta meta, LocalizedText message, TokenMatcher matcher,
                  std::optional<std::string> replacement, bool safe, bool normalized)
        : meta_(std::move(meta)), message_(std::move(message)), matcher_(std::move(matcher)),
          replacement_(std::move(replacement)), safe_(safe), normalized_(normalized) {}

    const RuleMeta& meta() const override { return meta_; }

    void check(CheckContext& ctx) const override {
        const std::string& message = message_.in(ctx.language);
        matcher_.for_each(ctx, normalized_, [&](const TokenMatch& m) {
            TemplateValues values = template_values(m);
            Diagnostic d;
            d.range = {m.begin, m.end};
            d.message = expand_template(message, values);
            if (replacement_) d.fix = Fix{d.range, expand_template(*replacement_, values), safe_};
            ctx.out.push_back(std::move(d));
        });
    }

private:
    RuleMeta meta_;
    LocalizedText message_;
    TokenMatcher matcher_;
    std::optional<std::string> replacement_;
    bool safe_;
    bool normalized_;
};

}  // namespace

std::unique_ptr<Rule> make_existence_rule(PackRuleDefinition& def) {
    const auto& f = def.file;
    const auto& n = def.node;
    if (!n["tokens"]) f.fail(n, "an existence rule needs 'tokens'");
    auto matcher = TokenMatcher::from_rule(f, n, n["tokens"], f.string_list(n["tokens"], "tokens"));
    std::optional<std::string> replacement;
    if (n["replacement"]) replacement = f.scalar(n["replacement"], "replacement");
    bool safe = n["safe"] && f.boolean(n["safe"], "safe");
    bool normalized = n["normalized"] && f.boolean(n["normalized"], "normalized");
    def.meta.fixable = replacement.has_value();
    return std::make_unique<ExistenceRule>(std::move(def.meta), std::move(def.message), std::move(matcher),
                                           std::move(replacement), safe, normalized);
}

}  // namespace gklint
