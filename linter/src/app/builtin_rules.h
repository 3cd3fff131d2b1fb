#pragma once
// The rules shipped with gklint: every pack in rules/ and every plugin in the plugin directory.
#include "app/data_paths.h"
#include "core/registry.h"
#include "plugin_host/plugin_loader.h"

namespace gklint {

// Throws LocatedError (pack), RegistryError or PluginError.
void load_builtin_rules(const DataPaths& paths, RuleRegistry& registry, PluginLoader& plugins);

}  // namespace gklint
