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
    std::vector<OptionSpec> alpha_options{
        {"format", OptionType::String, OptionValue{std::string("2019")}, "report format", {"2019", "2021"}},
        {"count", OptionType::Integer, OptionValue{std::int64_t{3}}, "how many", {}},
        {"words", OptionType::StringList, std::nullopt, "extra words", {}},
    };
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
