#pragma once
// Configuration: .gklint.yaml (or .gklint.yml) files found from each report's
// directory upward, an explicit --config file, and the built-in defaults in
// config/. The user-facing description is docs/configuration.md.
//
//   root: true                    # stop looking further up
//   extends: [gklint:strict, ./my-pack.yaml, ../base.gklint.yaml]
//   rules:
//     text/artifact: off          # off | info | warning | error
//     article/wrong-number: {severity: warning, format: "2021"}
//   plugins: [./build/libgklint-mine.so]
//   files: ["**/*.txt", "**/*.md", "**/*.html", "**/*.docx", "**/*.pdf", …]
//   ignore: ["drafts/**"]
//   overrides:
//     - files: ["乡镇/**"]
//       rules: {narrative/required-topics: off}
//
// `extends` entries: "gklint:NAME" is config/profiles/NAME.yaml; a path to a
// YAML file is a rule pack when it has a `pack:` key, otherwise another config.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/located_error.h"
#include "core/registry.h"
#include "core/runner.h"
#include "core/severity.h"
#include "plugin_host/plugin_loader.h"

namespace YAML {
class Node;
}

namespace gklint {

// One `rules:` entry as written, with where it was written (for error messages).
struct RuleSetting {
    std::string rule_id;
    bool off = false;
    std::optional<Severity> severity;
    std::map<std::string, std::shared_ptr<const YAML::Node>> options;  // raw; validated later
    std::string file;
    std::size_t line = 0, column = 0;
};

struct Override {
    std::vector<std::string> files;  // globs relative to the config file's directory
    std::vector<RuleSetting> rules;
    std::string base_dir;
    // How many entries of EffectiveConfig::rules come before this override: a
    // layer's overrides apply right after its own `rules`, so a nearer config's
    // `rules` still win over a farther config's overrides.
    std::size_t apply_after = 0;
};

// The configuration for one directory: every layer from the defaults up to the
// nearest .gklint.yaml, merged (later layers win).
struct EffectiveConfig {
    std::vector<std::string> config_files;  // layers, outermost first
    std::vector<RuleSetting> rules;         // in application order
    std::vector<Override> overrides;
    std::vector<std::string> pack_paths;    // extra packs (absolute)
    std::vector<std::string> plugin_paths;  // plugins allowed to load (absolute)
    std::vector<std::string> refused_plugins;  // listed by a discovered config without permission
    std::vector<std::string> files;         // include globs, absolute (base directory applied)
    std::vector<std::string> ignore;        // ignore globs, absolute; every layer's add up
    std::string base_dir;                   // nearest config file's directory (the report's when none)

    // Rules enabled for `file`, with severities and validated options. Rules from
    // packs or plugins this configuration did not load stay disabled.
    // Throws LocatedError for unknown rule ids or bad option values.
    std::vector<EnabledRule> enabled_rules(const RuleRegistry& registry, const std::string& file) const;

    bool accepts(const std::string& file) const;  // files/ignore globs
};

struct ConfigOptions {
    std::string defaults_dir;                  // built-in config/ directory
    std::optional<std::string> explicit_file;  // --config: replaces discovery
    bool allow_plugins = false;                // --allow-plugins (or the user-level setting)
};

class ConfigResolver {
public:
    explicit ConfigResolver(ConfigOptions options);
    ~ConfigResolver();

    // The configuration for a report file (or for stdin, pass a virtual path).
    // Cached per directory. Throws LocatedError. Not thread-safe; the reference
    // stays valid for the resolver's lifetime.
    const EffectiveConfig& for_file(const std::string& path);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Loads the packs and plugins a configuration names into the registry (once each).
void load_config_extensions(const EffectiveConfig& config, RuleRegistry& registry, PluginLoader& plugins);

// `gklint config --print FILE`: the effective configuration as YAML.
std::string print_effective_config(const EffectiveConfig& config, const RuleRegistry& registry,
                                   const std::string& file);

// Glob matching with **, *, ? and [..] on '/'-separated paths.
bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace gklint
