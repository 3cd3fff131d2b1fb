#pragma once
// Applies a configuration's rule settings to the rules it can use.
#include <string>
#include <vector>

#include "config/config.h"

namespace gklint {

struct RuleState {
    const Rule* rule;
    bool on;
    Severity severity;
    OptionMap options;
};

// Builtin rules and rules from the config's own packs and plugins.
bool config_uses_rule(const EffectiveConfig& config, const RuleMeta& meta);

// Every rule the configuration can use, sorted by id, after its `rules` and the
// overrides matching `file`. Every setting is validated, matching or not.
// Throws LocatedError.
std::vector<RuleState> resolve_rule_states(const EffectiveConfig& config, const RuleRegistry& registry,
                                           const std::string& file);

}  // namespace gklint
