#include "app/builtin_rules.h"

#include "packs/pack_loader.h"
#include "read/input_rules.h"

namespace gklint {

void load_builtin_rules(const DataPaths& paths, RuleRegistry& registry, PluginLoader& plugins) {
    register_input_rules(registry);
    load_pack_directory(paths.rules_dir, registry, /*builtin=*/true);
    plugins.load_directory(paths.plugin_dir, registry, /*builtin=*/true);
}

}  // namespace gklint
