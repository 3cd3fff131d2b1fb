#include "config/rule_settings.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "config/closest_match.h"
#include "config/config_paths.h"
#include "config/string_lists.h"

namespace gklint {
namespace {

bool override_matches(const Override& override, const std::string& absolute_file) {
    return std::any_of(override.files.begin(), override.files.end(), [&](const std::string& glob) {
        return glob_match(anchor_glob(override.base_dir, glob), absolute_file);
    });
}

class SettingApplier {
public:
    SettingApplier(const EffectiveConfig& config, const RuleRegistry& registry)
        : config_(config), registry_(registry) {
        for (const Rule* rule : registry.all()) {
            const RuleMeta& meta = rule->meta();
            if (config_uses_rule(config, meta))
                states_.emplace(meta.id, RuleState{rule, true, meta.default_severity, default_options(meta.options)});
        }
    }

    void apply(const RuleSetting& setting, bool applies) {
        auto it = states_.find(setting.rule_id);
        if (it == states_.end()) {
            // The rule probably lives in a plugin this configuration was not allowed to load.
            if (!config_.refused_plugins.empty()) return;
            fail_unknown(setting);
        }
        RuleState& state = it->second;
        OptionMap options = parse_options(setting, state.rule->meta());
        if (!applies) return;
        if (setting.off) state.on = false;
        if (setting.severity) {
            state.on = true;
            state.severity = *setting.severity;
        }
        for (auto& [name, value] : options) state.options[name] = std::move(value);
    }

    std::vector<RuleState> result() && {
        std::vector<RuleState> out;
        out.reserve(states_.size());
        for (auto& [id, state] : states_) out.push_back(std::move(state));
        return out;
    }

private:
    [[noreturn]] void fail_unknown(const RuleSetting& setting) const {
        if (const Rule* elsewhere = registry_.find(setting.rule_id))
            throw LocatedError(setting.file, setting.line, setting.column,
                               fmt::format("rule '{}' comes from {}, which this configuration does not load "
                                           "(name its pack in `extends` or its plugin in `plugins`)",
                                           setting.rule_id, elsewhere->meta().origin));
        std::vector<std::string> known;
        for (const auto& [id, state] : states_) known.push_back(id);
        std::string message = fmt::format("unknown rule '{}'", setting.rule_id);
        if (auto suggestion = closest_match(setting.rule_id, known))
            message += fmt::format(" (did you mean '{}'?)", *suggestion);
        throw LocatedError(setting.file, setting.line, setting.column, message);
    }

    [[noreturn]] void fail_option(const RuleSetting& setting, const YAML::Node& at, const std::string& message) const {
        YAML::Mark mark = at.Mark();
        if (mark.is_null()) throw LocatedError(setting.file, setting.line, setting.column, message);
        throw LocatedError(setting.file, static_cast<std::size_t>(mark.line) + 1,
                           static_cast<std::size_t>(mark.column) + 1, message);
    }

    OptionMap parse_options(const RuleSetting& setting, const RuleMeta& meta) const {
        OptionMap out;
        for (const auto& entry : setting.options) {
            const auto& name = entry.first;
            const auto& node = entry.second;
            auto spec = std::find_if(meta.options.begin(), meta.options.end(),
                                     [&](const OptionSpec& s) { return s.name == name; });
            if (spec == meta.options.end()) fail_option(setting, *node, unknown_option_message(meta, name));
            try {
                out[name] = parse_option_value(*spec, *node);
            } catch (const OptionError& e) {
                fail_option(setting, *node, fmt::format("rule '{}': {}", meta.id, e.what()));
            }
        }
        return out;
    }

    static std::string unknown_option_message(const RuleMeta& meta, const std::string& name) {
        if (meta.options.empty()) return fmt::format("rule '{}' has no options (got '{}')", meta.id, name);
        std::vector<std::string> names;
        for (const auto& spec : meta.options) names.push_back(spec.name);
        std::string message = fmt::format("rule '{}' has no option '{}'", meta.id, name);
        if (auto suggestion = closest_match(name, names)) message += fmt::format(" (did you mean '{}'?)", *suggestion);
        return message + fmt::format("; its options: {}", fmt::join(names, ", "));
    }

    const EffectiveConfig& config_;
    const RuleRegistry& registry_;
    std::map<std::string, RuleState, std::less<>> states_;
};

}  // namespace

bool config_uses_rule(const EffectiveConfig& config, const RuleMeta& meta) {
    return meta.builtin || contains(config.pack_paths, meta.source) || contains(config.plugin_paths, meta.source);
}

std::vector<RuleState> resolve_rule_states(const EffectiveConfig& config, const RuleRegistry& registry,
                                           const std::string& file) {
    std::string absolute_file = absolute_normal_path(file);
    SettingApplier applier(config, registry);
    auto next_override = config.overrides.begin();
    auto apply_overrides_up_to = [&](std::size_t position) {
        for (; next_override != config.overrides.end() && next_override->apply_after <= position; ++next_override) {
            bool matches = override_matches(*next_override, absolute_file);
            for (const auto& setting : next_override->rules) applier.apply(setting, matches);
        }
    };
    for (std::size_t i = 0; i < config.rules.size(); ++i) {
        apply_overrides_up_to(i);
        applier.apply(config.rules[i], true);
    }
    apply_overrides_up_to(config.rules.size());
    return std::move(applier).result();
}

std::vector<EnabledRule> EffectiveConfig::enabled_rules(const RuleRegistry& registry, const std::string& file) const {
    std::vector<EnabledRule> out;
    for (auto& state : resolve_rule_states(*this, registry, file))
        if (state.on) out.push_back(EnabledRule{state.rule, state.severity, std::move(state.options)});
    return out;
}

}  // namespace gklint
