// A C++ rule that throws: the plugin.hpp trampoline turns the exception into a
// diagnostic so it never crosses the C ABI.
#include <gklint/plugin.hpp>

#include <stdexcept>

static void check(gklint::plugin::Context&) { throw std::runtime_error("boom"); }

static const gklint_rule_decl kRules[] = {
    gklint::plugin::rule<check>("test/throwing", GKLINT_SEVERITY_ERROR, "抛出", "Throws"),
};

GKLINT_DEFINE_PLUGIN("throwing", "1.0.0", kRules)
