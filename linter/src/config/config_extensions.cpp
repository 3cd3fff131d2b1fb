// Loads the rule packs and plugins a configuration names, once per registry.
#include <algorithm>

#include "config/config.h"
#include "packs/pack_loader.h"

namespace gklint {
namespace {

bool pack_loaded(const RuleRegistry& registry, const std::string& path) {
    auto rules = registry.all();
    return std::any_of(rules.begin(), rules.end(), [&](const Rule* rule) { return rule->meta().source == path; });
}

}  // namespace

void load_config_extensions(const EffectiveConfig& config, RuleRegistry& registry, PluginLoader& plugins) {
    for (const auto& pack : config.pack_paths)
        if (!pack_loaded(registry, pack)) load_pack(pack, registry);
    for (const auto& plugin : config.plugin_paths) plugins.load(plugin, registry);
}

}  // namespace gklint
