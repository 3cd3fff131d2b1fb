#include "app/engine_setup.h"

#include <ostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "app/builtin_rules.h"

namespace gklint {

void print_failure(std::ostream& err, const std::exception& e) {
    fmt::print(err, "gklint: error: {}\n", e.what());
}

std::unique_ptr<Engine> make_engine(const EngineOptions& options, std::ostream& err) {
    auto engine = std::make_unique<Engine>();
    engine->paths = locate_data_paths();
    try {
        load_builtin_rules(engine->paths, engine->registry, engine->plugins);
        engine->templates = load_templates(engine->paths.rules_dir + "/templates");
        for (const auto& plugin : options.plugins) engine->plugins.load(plugin, engine->registry, /*builtin=*/true);
        engine->settings = load_user_settings();
        ConfigOptions config{engine->paths.config_dir, options.config_file,
                             options.allow_plugins || engine->settings.allow_plugins};
        engine->configs = std::make_unique<ConfigResolver>(std::move(config));
    } catch (const std::exception& e) {
        print_failure(err, e);
        return nullptr;
    }
    return engine;
}

std::vector<EnabledRule> rules_for_file(Engine& engine, const std::string& file, std::ostream& err) {
    const EffectiveConfig& config = engine.configs->for_file(file);
    for (const auto& refused : config.refused_plugins) {
        if (!engine.warned_plugins.insert(refused).second) continue;
        fmt::print(err,
                   "gklint: warning: plugin '{}' named by {} was not loaded: a configuration found next to "
                   "the reports cannot run code; pass --allow-plugins or set `allow-plugins: true` in "
                   "~/.config/gklint/settings.yaml\n",
                   refused, config.config_files.empty() ? std::string("a configuration") : config.config_files.back());
    }
    load_config_extensions(config, engine.registry, engine.plugins);
    return config.enabled_rules(engine.registry, file);
}

}  // namespace gklint
