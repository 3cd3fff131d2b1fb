#pragma once
// What every command needs before it can look at a report: the data paths, the
// built-in rules, the plugins given on the command line and the configuration.
#include "model/report_template.h"
#include <iosfwd>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/data_paths.h"
#include "app/user_settings.h"
#include "config/config.h"
#include "core/registry.h"
#include "plugin_host/plugin_loader.h"

namespace gklint {

struct Engine {
    DataPaths paths;
    RuleRegistry registry;
    PluginLoader plugins;
    std::unique_ptr<ConfigResolver> configs;
    std::set<std::string> warned_plugins;  // refused plugins already reported
    TemplateSet templates;                 // the report formats (share/gklint/rules/templates)
    UserSettings settings;                 // ~/.config/gklint/settings.yaml
};

struct EngineOptions {
    std::optional<std::string> config_file;
    bool allow_plugins = false;
    std::vector<std::string> plugins;
};

// Prints the reason to `err` and returns null on failure (bad pack, plugin or settings).
std::unique_ptr<Engine> make_engine(const EngineOptions& options, std::ostream& err);

// The configuration for `file` with its packs and plugins loaded, and the rules
// it enables. Warns once per refused plugin. Throws LocatedError / PluginError.
std::vector<EnabledRule> rules_for_file(Engine& engine, const std::string& file, std::ostream& err);

// Prints any engine-level failure (config, pack, plugin) as "gklint: error: …".
void print_failure(std::ostream& err, const std::exception& e);

}  // namespace gklint
