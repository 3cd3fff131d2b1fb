// Written as if against an older header: the rule has no user_data and the
// option no allowed_values (their struct_size stops before those fields). The
// host must load it and never read past what was written.
#include <gklint/plugin.h>

#include <cstddef>

static void check(const gklint_host_api* host, gklint_check_context* ctx, void*) {
    gklint_str level{};
    if (!host->option_string(ctx, "level", &level)) return;
    gklint_diagnostic d{offsetof(gklint_diagnostic, notes), {0, 0}, "old plugin ran", nullptr, 0, nullptr};
    host->report(ctx, &d);
}

static const gklint_option_decl kOptions[] = {
    {offsetof(gklint_option_decl, allowed_values), "level", GKLINT_OPTION_STRING, "low", "any text", nullptr},
};

static const gklint_rule_decl kRules[] = {
    {offsetof(gklint_rule_decl, user_data), "test/old-rule", GKLINT_SEVERITY_WARNING, "旧", nullptr, 0, kOptions, 1,
     check, nullptr},
};

extern "C" GKLINT_PLUGIN_EXPORT const gklint_plugin* gklint_plugin_entry(uint32_t) {
    static const gklint_plugin plugin{sizeof(gklint_plugin), GKLINT_PLUGIN_ABI_VERSION, "old", nullptr, kRules, 1};
    return &plugin;
}
