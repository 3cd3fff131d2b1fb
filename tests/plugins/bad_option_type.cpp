// An option of a type this gklint does not know (as a C plugin could write it:
// the integer is stored into the enum field's bytes).
#include <gklint/plugin.hpp>

#include <cstring>

static void check(gklint::plugin::Context&) {}

static gklint_option_decl kOptions[] = {
    gklint::plugin::option("shape", GKLINT_OPTION_STRING, nullptr, "?"),
};

static const gklint_rule_decl kRules[] = {
    gklint::plugin::rule<check>("test/bad-option-type", GKLINT_SEVERITY_ERROR, "坏", "Bad", false, kOptions, 1),
};

extern "C" GKLINT_PLUGIN_EXPORT const gklint_plugin* gklint_plugin_entry(uint32_t) {
    const unsigned int unknown_type = 42;
    std::memcpy(&kOptions[0].type, &unknown_type, sizeof unknown_type);
    static const gklint_plugin plugin{sizeof(gklint_plugin), GKLINT_PLUGIN_ABI_VERSION, "bad-option-type", "1.0.0",
                                      kRules, 1};
    return &plugin;
}
