// Three rules asking for the same per-document value (Context::shared): it is built
// once per document, and each rule says how many builds there had been when it asked.
#include <gklint/plugin.hpp>

#include <atomic>
#include <string>

namespace {

std::atomic<int> builds{0};

struct Counted {
    explicit Counted(const gklint::plugin::Context& ctx) : build(++builds), length(ctx.text().size()) {}
    int build;
    std::size_t length;
};

void ask(gklint::plugin::Context& ctx) {
    auto value = ctx.shared<Counted>("test/counted");
    ctx.report({0, 0}, "build " + std::to_string(value->build) + " of " + std::to_string(value->length) + " bytes");
}

const gklint_rule_decl kRules[] = {
    gklint::plugin::rule<ask>("test/shared-first", GKLINT_SEVERITY_INFO, "一", "first", false),
    gklint::plugin::rule<ask>("test/shared-second", GKLINT_SEVERITY_INFO, "二", "second", false),
    gklint::plugin::rule<ask>("test/shared-third", GKLINT_SEVERITY_INFO, "三", "third", false),
};

}  // namespace

GKLINT_DEFINE_PLUGIN("shared-value", "1.0.0", kRules)
