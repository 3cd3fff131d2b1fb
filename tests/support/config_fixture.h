#pragma once
// What the configuration tests share: a registry of fake rules with options,
// built-in defaults written into a temp tree, and a way to read the result.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "support/temp_tree.h"

namespace gklint::test {

// fake/alpha  warning  options: format (string, 2019|2021, default "2019"),
//                      count (integer, default 3), words (list, no default)
// fake/beta   error    no options
// fake/gamma  info     no options
void add_fake_rules(RuleRegistry& registry);

// <tree>/defaults: default.yaml extends gklint:recommended (empty rules);
// profiles/loud.yaml turns fake/alpha into an error. Returns the directory.
std::string write_fake_defaults(const TempTree& tree);

// id -> "info" | "warning" | "error" for every enabled rule.
std::map<std::string, std::string> severities(const std::vector<EnabledRule>& rules);

// The enabled rule `id`, or a test failure.
const EnabledRule* find_enabled(const std::vector<EnabledRule>& rules, const std::string& id);

// The LocatedError `action` throws; a test failure (and nullopt) when it throws none.
std::optional<LocatedError> located_error_of(const std::function<void()>& action);

}  // namespace gklint::test
