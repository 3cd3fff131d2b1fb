// Claims a plugin ABI version no gklint has.
#include <gklint/plugin.h>

static void check(const gklint_host_api*, gklint_check_context*, void*) {}

static const gklint_rule_decl kRules[] = {
    {sizeof(gklint_rule_decl), "test/wrong-abi", GKLINT_SEVERITY_ERROR, "x", "x", 0, nullptr, 0, check, nullptr},
};

extern "C" GKLINT_PLUGIN_EXPORT const gklint_plugin* gklint_plugin_entry(uint32_t) {
    static const gklint_plugin plugin{sizeof(gklint_plugin), 999, "wrong-abi", "1.0.0", kRules, 1};
    return &plugin;
}
