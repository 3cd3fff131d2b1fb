// `gklint config --print FILE`: the resolved configuration as YAML.
#include <yaml-cpp/yaml.h>

#include "config/config.h"
#include "config/config_paths.h"
#include "config/rule_settings.h"

namespace gklint {
namespace {

void emit_option(YAML::Emitter& out, const OptionValue& value) {
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::string>) {
                out << YAML::DoubleQuoted << v;
            } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                out << YAML::Flow << YAML::BeginSeq;
                for (const auto& item : v) out << YAML::DoubleQuoted << item;
                out << YAML::EndSeq;
            } else {
                out << v;
            }
        },
        value);
}

void emit_list(YAML::Emitter& out, const char* key, const std::vector<std::string>& items) {
    out << YAML::Key << key << YAML::Value;
    if (items.empty()) out << YAML::Flow;  // "[]" rather than a dangling block
    out << YAML::BeginSeq;
    for (const auto& item : items) out << item;
    out << YAML::EndSeq;
}

// "id: error", "id: off", or "id: {severity: warning, option: value}" on one line.
void emit_rule(YAML::Emitter& out, const RuleState& state) {
    out << YAML::Key << state.rule->meta().id << YAML::Value;
    if (!state.on) {
        out << "off";
        return;
    }
    if (state.options.empty()) {
        out << std::string(severity_name(state.severity));
        return;
    }
    out << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "severity" << YAML::Value << std::string(severity_name(state.severity));
    for (const auto& [name, value] : state.options) {
        out << YAML::Key << name << YAML::Value;
        emit_option(out, value);
    }
    out << YAML::EndMap;
}

}  // namespace

std::string print_effective_config(const EffectiveConfig& config, const RuleRegistry& registry,
                                   const std::string& file) {
    std::vector<RuleState> states = resolve_rule_states(config, registry, file);
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "file" << YAML::Value << absolute_normal_path(file);
    out << YAML::Key << "linted-in-directory-walks" << YAML::Value << config.accepts(file);
    emit_list(out, "config-files", config.config_files);
    out << YAML::Key << "rules" << YAML::Value << YAML::BeginMap;
    for (const auto& state : states) emit_rule(out, state);
    out << YAML::EndMap;
    emit_list(out, "packs", config.pack_paths);
    out << YAML::Key << "plugins" << YAML::Value << YAML::BeginMap;
    emit_list(out, "loaded", config.plugin_paths);
    emit_list(out, "refused", config.refused_plugins);
    out << YAML::EndMap;
    emit_list(out, "files", config.files);
    emit_list(out, "ignore", config.ignore);
    out << YAML::EndMap;
    return std::string(out.c_str()) + "\n";
}

}  // namespace gklint
