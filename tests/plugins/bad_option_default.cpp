// An integer option whose declared default is not an integer.
#include <gklint/plugin.hpp>

static void check(gklint::plugin::Context&) {}

static const gklint_option_decl kOptions[] = {
    gklint::plugin::option("limit", GKLINT_OPTION_INTEGER, "lots", "how many"),
};

static const gklint_rule_decl kRules[] = {
    gklint::plugin::rule<check>("test/bad-option-default", GKLINT_SEVERITY_ERROR, "坏", "Bad", false, kOptions, 1),
};

GKLINT_DEFINE_PLUGIN("bad-option-default", "1.0.0", kRules)
