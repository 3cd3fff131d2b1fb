#pragma once
// Reads a plugin's descriptor (gklint_plugin and the declarations it points to)
// into rules, checking everything the host relies on first.
#include <gklint/plugin.h>

#include <memory>
#include <string>
#include <vector>

#include "core/rule.h"

namespace gklint {

// What the host keeps of a gklint_plugin after checking it.
struct PluginDescriptor {
    std::string path;  // absolute
    std::string name;
    std::string version;
    const gklint_rule_decl* rules = nullptr;
    std::size_t rule_count = 0;
};

// Checks the ABI version, the descriptor's size and its fields; throws PluginError.
PluginDescriptor read_plugin_descriptor(const gklint_plugin* plugin, const std::string& path);

// One PluginRule per declaration, in declaration order; throws PluginError for
// a malformed declaration (size, id, severity, summary, check, options).
std::vector<std::unique_ptr<Rule>> read_plugin_rules(const PluginDescriptor& plugin, bool builtin);

}  // namespace gklint
