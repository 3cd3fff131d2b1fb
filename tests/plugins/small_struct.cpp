// A descriptor whose struct_size stops before the rules: the host cannot use it.
#include <gklint/plugin.h>

#include <cstddef>

extern "C" GKLINT_PLUGIN_EXPORT const gklint_plugin* gklint_plugin_entry(uint32_t) {
    static const gklint_plugin plugin{offsetof(gklint_plugin, rules), GKLINT_PLUGIN_ABI_VERSION, "small-struct",
                                      "1.0.0", nullptr, 0};
    return &plugin;
}
