#include "support/config_fixture.h"

#include <gtest/gtest.h>

#include <memory>

namespace gklint::test {
namespace {

class FakeRule : public Rule {
public:
    explicit FakeRule(RuleMeta meta) : meta_(std::move(meta)) {}
    const RuleMeta& meta() const override { return meta_; }
    void check(CheckContext&) const override {}

private:
    RuleMeta meta_;
};

void add(RuleRegistry& registry, const std::string& id, Severity severity, std::vector<OptionSpec> options = {}) {
    RuleMeta meta;
    meta.id = id;
    meta.default_severity = severity;
    meta.summary = {"测试", "test"};
    meta.options = std::move(options);
    meta.origin = "the config tests";
    meta.builtin = true;
    registry.add(std::make_unique<FakeRule>(std::move(meta)));
}

}  // namespace

void add_fake_rules(RuleRegistry& registry) {
    // Built one by one: GCC 12 at -O1 and above with sanitizers warns (falsely) that a variant
    // inside an initializer list may be used uninitialised.
    std::vector<OptionSpec> alpha_options(3);
    alpha_options[0].name = "format";
    alpha_options[0].default_value.emplace(std::in_place_type<std::string>, "2019");
    alpha_options[0].description = "report format";
    alpha_options[0].allowed_values = {"2019", "2021"};
    alpha_options[1].name = "count";
    alpha_options[1].type = OptionType::Integer;
    alpha_options[1].default_value.emplace(std::in_place_type<std::int64_t>, 3);
    alpha_options[1].description = "how many";
    alpha_options[2].name = "words";
    alpha_options[2].type = OptionType::StringList;
    alpha_options[2].description = "extra words";
    add(registry, "fake/alpha", Severity::Warning, std::move(alpha_options));
    add(registry, "fake/beta", Severity::Error);
    add(registry, "fake/gamma", Severity::Info);
}

std::string write_fake_defaults(const TempTree& tree) {
    tree.write("defaults/default.yaml", "extends: [gklint:recommended]\n");
    tree.write("defaults/profiles/recommended.yaml", "rules: {}\n");
    tree.write("defaults/profiles/loud.yaml", "extends: gklint:recommended\nrules:\n  fake/alpha: error\n");
    return tree.path("defaults");
}

std::map<std::string, std::string> severities(const std::vector<EnabledRule>& rules) {
    std::map<std::string, std::string> out;
    for (const auto& rule : rules) out[rule.rule->meta().id] = std::string(severity_name(rule.severity));
    return out;
}

const EnabledRule* find_enabled(const std::vector<EnabledRule>& rules, const std::string& id) {
    for (const auto& rule : rules)
        if (rule.rule->meta().id == id) return &rule;
    ADD_FAILURE() << id << " is not enabled";
    return nullptr;
}

std::optional<LocatedError> located_error_of(const std::function<void()>& action) {
    try {
        action();
    } catch (const LocatedError& e) {
        return e;
    }
    ADD_FAILURE() << "no LocatedError was thrown";
    return std::nullopt;
}

}  // namespace gklint::test
