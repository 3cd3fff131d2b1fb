#include <gklint/plugin.hpp>
static void check(gklint::plugin::Context&) {}
static const gklint_rule_decl kRules[] = {gklint::plugin::rule<check>("article/wrong-number", GKLINT_SEVERITY_ERROR, "x", "x")};
GKLINT_DEFINE_PLUGIN("article", "0.1.0", kRules)
