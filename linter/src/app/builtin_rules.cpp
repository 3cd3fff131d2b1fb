#include "app/builtin_rules.h"

#include "packs/pack_loader.h"

namespace gklint {

void load_builtin_rules(const DataPaths& paths, RuleRegistry& registry, PluginLoader& plugins) {
    load_pack_directory(paths.rules_dir, registry, /*builtin=*/true);
    plugins.load_directory(paths.plugin_dir, registry, /*builtin=*/true);
}

}  // namespace gklint
