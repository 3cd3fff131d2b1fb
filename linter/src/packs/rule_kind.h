#pragma once
// Declarative rule kinds (Vale's extension points): each turns one YAML rule
// definition into a Rule. New kinds are added to the table in rule_kind.cpp.
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "core/rule.h"
#include "yaml/yaml_util.h"

namespace gklint {

// One rule definition of a pack, with the keys every kind shares already read.
struct PackRuleDefinition {
    const YamlFile& file;
    const YAML::Node& node;
    RuleMeta meta;
    LocalizedText message;
};

struct RuleKind {
    std::string_view name;
    std::vector<std::string_view> keys;  // keys of this kind, besides the shared ones
    std::function<std::unique_ptr<Rule>(PackRuleDefinition&)> make;
};

// Every kind the engine knows.
const std::vector<RuleKind>& rule_kinds();
const RuleKind* find_rule_kind(std::string_view name);

// Factories, one per kind (each in its own file).
std::unique_ptr<Rule> make_existence_rule(PackRuleDefinition& def);
std::unique_ptr<Rule> make_substitution_rule(PackRuleDefinition& def);
std::unique_ptr<Rule> make_table_problems_rule(PackRuleDefinition& def);
std::unique_ptr<Rule> make_repetition_rule(PackRuleDefinition& def);
std::unique_ptr<Rule> make_pair_balance_rule(PackRuleDefinition& def);
std::unique_ptr<Rule> make_report_fact_rule(PackRuleDefinition& def);
std::unique_ptr<Rule> make_equation_rule(PackRuleDefinition& def);
std::unique_ptr<Rule> make_table_shape_rule(PackRuleDefinition& def);
std::unique_ptr<Rule> make_table_labels_rule(PackRuleDefinition& def);
std::unique_ptr<Rule> make_cell_values_rule(PackRuleDefinition& def);
std::unique_ptr<Rule> make_cell_condition_rule(PackRuleDefinition& def);
std::unique_ptr<Rule> make_amount_unit_rule(PackRuleDefinition& def);

}  // namespace gklint
