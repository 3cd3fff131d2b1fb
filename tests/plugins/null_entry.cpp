// A plugin that refuses every host.
#include <gklint/plugin.h>

extern "C" GKLINT_PLUGIN_EXPORT const gklint_plugin* gklint_plugin_entry(uint32_t) { return nullptr; }
