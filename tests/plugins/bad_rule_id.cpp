// A rule id that is not category/kebab-name.
#include <gklint/plugin.hpp>

static void check(gklint::plugin::Context&) {}

static const gklint_rule_decl kRules[] = {
    gklint::plugin::rule<check>("Test/Bad_Rule", GKLINT_SEVERITY_ERROR, "坏", "Bad"),
};

GKLINT_DEFINE_PLUGIN("bad-rule-id", "1.0.0", kRules)
