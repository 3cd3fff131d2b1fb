#include "config/config_file.h"
#include "config/config_keys.h"

#include <tuple>

#include <fmt/format.h>

#include "config/config_paths.h"
#include "core/rule.h"

namespace gklint {
namespace {

// Where a node was written, 1-based; 0 when yaml-cpp does not know.
std::pair<std::size_t, std::size_t> position_of(const YAML::Node& node) {
    YAML::Mark mark = node.Mark();
    if (mark.is_null()) return {0, 0};
    return {static_cast<std::size_t>(mark.line) + 1, static_cast<std::size_t>(mark.column) + 1};
}

// An absent or empty (`key:`) entry configures nothing.
bool present(const YAML::Node& node) { return node && !node.IsNull(); }

void read_level(const YamlFile& yaml, const YAML::Node& node, RuleSetting& setting) {
    std::string level = yaml.scalar(node, "a rule's severity");
    if (level == "off") {
        setting.off = true;
        setting.severity.reset();
        return;
    }
    auto severity = parse_severity(level);
    if (!severity)
        yaml.fail(node, fmt::format("rule '{}': severity must be off, info, warning or error, not '{}'",
                                    setting.rule_id, level));
    setting.off = false;
    setting.severity = severity;
}

std::vector<RuleSetting> read_rules(const YamlFile& yaml, const YAML::Node& rules) {
    std::vector<RuleSetting> out;
    if (!present(rules)) return out;
    yaml.require_map(rules, "rules");
    for (const auto& entry : rules) {
        RuleSetting setting;
        setting.rule_id = yaml.scalar(entry.first, "a rule id");
        if (!is_valid_rule_id(setting.rule_id))
            yaml.fail(entry.first,
                      fmt::format("invalid rule id '{}': expected category/kebab-name", setting.rule_id));
        setting.file = yaml.path();
        std::tie(setting.line, setting.column) = position_of(entry.first);
        const YAML::Node& value = entry.second;
        if (value.IsScalar()) {
            read_level(yaml, value, setting);
        } else if (value.IsMap()) {
            for (const auto& option : value) {
                std::string name = yaml.scalar(option.first, "an option name");
                if (name == "severity") read_level(yaml, option.second, setting);
                else setting.options[name] = std::make_shared<const YAML::Node>(option.second);
            }
        } else {
            yaml.fail(value, fmt::format("rule '{}' must be off, info, warning or error, or a mapping "
                                         "with `severity` and the rule's options",
                                         setting.rule_id));
        }
        out.push_back(std::move(setting));
    }
    return out;
}

std::vector<ExtendsEntry> read_extends(const YamlFile& yaml, const YAML::Node& node) {
    std::vector<ExtendsEntry> out;
    if (!present(node)) return out;
    auto add = [&](const YAML::Node& item) {
        ExtendsEntry entry{yaml.scalar(item, "an extends entry"), 0, 0};
        if (entry.name.empty()) yaml.fail(item, "an extends entry must not be empty");
        std::tie(entry.line, entry.column) = position_of(item);
        out.push_back(std::move(entry));
    };
    if (node.IsSequence()) {
        for (const auto& item : node) add(item);
    } else if (node.IsScalar()) {
        add(node);
    } else {
        yaml.fail(node, "extends must be a string or a list of strings");
    }
    return out;
}

std::vector<std::string> read_globs(const YamlFile& yaml, const YAML::Node& node, std::string_view key) {
    std::vector<std::string> globs = yaml.string_list(node, key);
    for (const auto& glob : globs)
        if (glob.empty()) yaml.fail(node, fmt::format("{} must not contain an empty pattern", key));
    return globs;
}

std::vector<std::string> anchored(const std::string& dir, std::vector<std::string> globs) {
    for (auto& glob : globs) glob = anchor_glob(dir, glob);
    return globs;
}

std::vector<Override> read_overrides(const YamlFile& yaml, const YAML::Node& node, const std::string& dir) {
    std::vector<Override> out;
    if (!present(node)) return out;
    if (!node.IsSequence()) yaml.fail(node, "overrides must be a list of {files: [...], rules: {...}}");
    for (const auto& item : node) {
        yaml.check_keys(item, {"files", "rules"}, "an override");
        if (!present(item["files"])) yaml.fail(item, "an override needs `files` (globs it applies to)");
        Override override;
        override.files = read_globs(yaml, item["files"], "an override's files");
        override.rules = read_rules(yaml, item["rules"]);
        override.base_dir = dir;
        out.push_back(std::move(override));
    }
    return out;
}

}  // namespace

bool is_rule_pack(const YamlFile& yaml) { return yaml.root().IsMap() && yaml.root()["pack"]; }

ConfigFile read_config_file(const YamlFile& yaml) {
    ConfigFile config;
    config.path = absolute_normal_path(yaml.path());
    config.dir = parent_directory(config.path);
    const YAML::Node& root = yaml.root();
    if (!present(root)) return config;  // an empty file configures nothing
    yaml.check_keys(root, kConfigKeys, "a configuration");
    if (present(root["root"])) config.root = yaml.boolean(root["root"], "root");
    config.extends = read_extends(yaml, root["extends"]);
    config.rules = read_rules(yaml, root["rules"]);
    if (present(root["plugins"]))
        for (const auto& plugin : yaml.string_list(root["plugins"], "plugins"))
            config.plugins.push_back(absolute_plugin_key(resolve_against(config.dir, plugin)));
    if (present(root["files"])) config.files = anchored(config.dir, read_globs(yaml, root["files"], "files"));
    if (present(root["ignore"])) config.ignore = anchored(config.dir, read_globs(yaml, root["ignore"], "ignore"));
    config.overrides = read_overrides(yaml, root["overrides"], config.dir);
    return config;
}

}  // namespace gklint
