// A valid new rule followed by one whose id the good plugin already uses:
// loading after good_plugin must fail without registering either.
#include <gklint/plugin.hpp>

static void check(gklint::plugin::Context&) {}

static const gklint_rule_decl kRules[] = {
    gklint::plugin::rule<check>("test/duplicate-first", GKLINT_SEVERITY_ERROR, "一", "One"),
    gklint::plugin::rule<check>("test/echo", GKLINT_SEVERITY_ERROR, "二", "Two"),
};

GKLINT_DEFINE_PLUGIN("duplicate-rule", "1.0.0", kRules)
