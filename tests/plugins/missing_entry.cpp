// A shared library that is not a gklint plugin: it exports no entry point.
#include <gklint/plugin.h>

extern "C" GKLINT_PLUGIN_EXPORT int not_a_gklint_plugin(void) { return 42; }
