#include "plugin_host/plugin_decls.h"

#include <cstddef>
#include <cstdint>
#include <set>

#include <fmt/format.h>

#include "plugin_host/plugin_loader.h"
#include "plugin_host/plugin_rule.h"
#include "plugin_host/sized_struct.h"

namespace gklint {
namespace {

// Bytes of a struct up to and including `field`: what a plugin must have written.
#define GKLINT_SIZE_THROUGH(type, field) (offsetof(type, field) + sizeof(((type*)0)->field))

// The host reads every field of gklint_plugin; user_data of a rule and
// allowed_values of an option are optional.
constexpr std::size_t kMinPluginSize = GKLINT_SIZE_THROUGH(gklint_plugin, rule_count);
constexpr std::size_t kMinRuleSize = GKLINT_SIZE_THROUGH(gklint_rule_decl, check);
constexpr std::size_t kMinOptionSize = GKLINT_SIZE_THROUGH(gklint_option_decl, description);

[[noreturn]] void fail(const std::string& path, const std::string& reason) {
    throw PluginError(fmt::format("plugin {}: {}", path, reason));
}

void require_size(const std::string& path, std::string_view what, std::uint32_t size, std::size_t minimum) {
    if (size < minimum)
        fail(path, fmt::format("{}.struct_size is {} bytes, smaller than the {} bytes this gklint needs "
                               "(mis-built or corrupt plugin)",
                               what, size, minimum));
}

std::optional<OptionType> option_type_of(std::int64_t type) {
    switch (type) {
        case GKLINT_OPTION_STRING: return OptionType::String;
        case GKLINT_OPTION_INTEGER: return OptionType::Integer;
        case GKLINT_OPTION_NUMBER: return OptionType::Number;
        case GKLINT_OPTION_BOOLEAN: return OptionType::Boolean;
        case GKLINT_OPTION_STRING_LIST: return OptionType::StringList;
    }
    return std::nullopt;
}

std::optional<Severity> severity_of(std::int64_t severity) {
    switch (severity) {
        case GKLINT_SEVERITY_INFO: return Severity::Info;
        case GKLINT_SEVERITY_WARNING: return Severity::Warning;
        case GKLINT_SEVERITY_ERROR: return Severity::Error;
    }
    return std::nullopt;
}

std::vector<std::string> allowed_values_of(const gklint_option_decl& decl) {
    std::vector<std::string> values;
    if (!GKLINT_HAS_FIELD(&decl, gklint_option_decl, allowed_values) || !decl.allowed_values) return values;
    for (const char* const* v = decl.allowed_values; *v; ++v) values.emplace_back(*v);
    return values;
}

OptionSpec read_option(const gklint_option_decl& decl, const std::string& path, const std::string& rule_id,
                       std::size_t index) {
    std::string where = fmt::format("rule '{}', option #{}", rule_id, index + 1);
    require_size(path, where + ": gklint_option_decl", decl.struct_size, kMinOptionSize);
    if (!decl.name || !*decl.name) fail(path, where + " has no name");
    where = fmt::format("rule '{}', option '{}'", rule_id, decl.name);
    auto type = option_type_of(enum_value(decl.type));
    if (!type) fail(path, fmt::format("{} has unknown type {}", where, enum_value(decl.type)));

    OptionSpec spec;
    spec.name = decl.name;
    spec.type = *type;
    spec.description = decl.description ? decl.description : "";
    if (spec.type == OptionType::String) spec.allowed_values = allowed_values_of(decl);
    if (decl.default_value) {
        try {
            spec.default_value = parse_option_text(spec, decl.default_value);
        } catch (const OptionError& e) {
            fail(path, fmt::format("{}: invalid default '{}': {}", where, decl.default_value, e.what()));
        }
    }
    return spec;
}

std::vector<OptionSpec> read_options(const gklint_rule_decl& decl, const std::string& path,
                                     const std::string& rule_id) {
    std::vector<OptionSpec> specs;
    if (decl.option_count == 0) return specs;
    if (!decl.options)
        fail(path, fmt::format("rule '{}' declares {} options but no array", rule_id, decl.option_count));
    std::set<std::string> names;
    for (std::size_t i = 0; i < decl.option_count; ++i) {
        auto spec = read_option(copy_struct<gklint_option_decl>(sized_element(decl.options, i)), path, rule_id, i);
        if (!names.insert(spec.name).second)
            fail(path, fmt::format("rule '{}' declares option '{}' twice", rule_id, spec.name));
        specs.push_back(std::move(spec));
    }
    return specs;
}

std::unique_ptr<Rule> read_rule(const gklint_rule_decl& decl, const PluginDescriptor& plugin, std::size_t index,
                                bool builtin) {
    const std::string& path = plugin.path;
    require_size(path, fmt::format("rule #{}: gklint_rule_decl", index + 1), decl.struct_size, kMinRuleSize);
    if (!decl.id) fail(path, fmt::format("rule #{} has no id", index + 1));
    std::string id = decl.id;
    if (!is_valid_rule_id(id))
        fail(path, fmt::format("invalid rule id '{}': expected category/kebab-name "
                               "(lowercase ASCII letters, digits and '-')",
                               id));
    if (!decl.check) fail(path, fmt::format("rule '{}' has no check function", id));
    auto severity = severity_of(enum_value(decl.default_severity));
    if (!severity)
        fail(path, fmt::format("rule '{}' has unknown default severity {}", id, enum_value(decl.default_severity)));
    if (!decl.summary_zh && !decl.summary_en) fail(path, fmt::format("rule '{}' has no summary", id));

    RuleMeta meta;
    meta.id = id;
    meta.default_severity = *severity;
    meta.summary.en = decl.summary_en ? decl.summary_en : "";
    meta.summary.zh = decl.summary_zh ? decl.summary_zh : meta.summary.en;
    meta.fixable = decl.fixable != 0;
    meta.options = read_options(decl, path, id);
    meta.origin = fmt::format("plugin {} {} ({})", plugin.name, plugin.version, path);
    meta.source = path;
    meta.builtin = builtin;
    void* user_data = GKLINT_HAS_FIELD(&decl, gklint_rule_decl, user_data) ? decl.user_data : nullptr;
    return std::make_unique<PluginRule>(std::move(meta), decl.check, user_data);
}

}  // namespace

PluginDescriptor read_plugin_descriptor(const gklint_plugin* raw, const std::string& path) {
    auto plugin = copy_struct<gklint_plugin>(raw);
    // abi_version first: a plugin for another ABI may lay out everything else differently.
    require_size(path, "gklint_plugin", plugin.struct_size, GKLINT_SIZE_THROUGH(gklint_plugin, abi_version));
    if (plugin.abi_version != GKLINT_PLUGIN_ABI_VERSION)
        throw PluginError(fmt::format("plugin {} was built for plugin ABI version {}, this gklint has {}; rebuild it",
                                      path, plugin.abi_version, GKLINT_PLUGIN_ABI_VERSION));
    require_size(path, "gklint_plugin", plugin.struct_size, kMinPluginSize);
    if (!plugin.name || !*plugin.name) fail(path, "the plugin has no name");
    if (plugin.rule_count > 0 && !plugin.rules)
        fail(path, fmt::format("the plugin declares {} rules but no array", plugin.rule_count));
    return PluginDescriptor{path, plugin.name, plugin.version ? plugin.version : "", plugin.rules, plugin.rule_count};
}

std::vector<std::unique_ptr<Rule>> read_plugin_rules(const PluginDescriptor& plugin, bool builtin) {
    std::vector<std::unique_ptr<Rule>> rules;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < plugin.rule_count; ++i) {
        auto rule = read_rule(copy_struct<gklint_rule_decl>(sized_element(plugin.rules, i)), plugin, i, builtin);
        if (!ids.insert(rule->meta().id).second)
            fail(plugin.path, fmt::format("rule '{}' is declared twice", rule->meta().id));
        rules.push_back(std::move(rule));
    }
    return rules;
}

}  // namespace gklint
