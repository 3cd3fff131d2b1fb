// A rule declaration whose struct_size stops before its check function.
#include <gklint/plugin.h>

#include <cstddef>

static void check(const gklint_host_api*, gklint_check_context*, void*) {}

static const gklint_rule_decl kRules[] = {
    {offsetof(gklint_rule_decl, check), "test/small-rule", GKLINT_SEVERITY_ERROR, "x", "x", 0, nullptr, 0, check,
     nullptr},
};

extern "C" GKLINT_PLUGIN_EXPORT const gklint_plugin* gklint_plugin_entry(uint32_t) {
    static const gklint_plugin plugin{sizeof(gklint_plugin), GKLINT_PLUGIN_ABI_VERSION, "small-rule", "1.0.0",
                                      kRules, 1};
    return &plugin;
}
