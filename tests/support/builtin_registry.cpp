#include "support/builtin_registry.h"

#include <stdexcept>
#include <string>

#include "app/builtin_rules.h"
#include "plugin_host/plugin_loader.h"
#include "support/test_paths.h"

namespace gklint::test {
namespace {

// Members are destroyed in reverse order: the plugin rules go before their libraries.
struct BuiltinRules {
    PluginLoader loader;
    RuleRegistry registry;
    std::string error;

    BuiltinRules() {
        try {
            load_builtin_rules(data_paths_under(build_prefix()), registry, loader);
        } catch (const std::exception& e) {
            error = std::string("cannot load the built-in rules: ") + e.what();
        }
    }
};

}  // namespace

const RuleRegistry& builtin_registry() {
    static const BuiltinRules rules;
    if (!rules.error.empty()) throw std::runtime_error(rules.error);
    return rules.registry;
}

const TemplateSet& builtin_templates() {
    static const TemplateSet templates = load_templates(source_path("rules/templates"));
    return templates;
}

std::vector<EnabledRule> enable_all(const RuleRegistry& registry) {
    std::vector<EnabledRule> out;
    for (const Rule* rule : registry.all())
        out.push_back({rule, rule->meta().default_severity, default_options(rule->meta().options)});
    return out;
}

}  // namespace gklint::test
