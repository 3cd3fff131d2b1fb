#pragma once
// Typed rule options: what a rule declares and the values a configuration gives.
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

namespace YAML {
class Node;
}

namespace gklint {

enum class OptionType { String, Integer, Number, Boolean, StringList };

std::string_view option_type_name(OptionType type);

using OptionValue = std::variant<std::string, std::int64_t, double, bool, std::vector<std::string>>;

struct OptionSpec {
    std::string name;
    OptionType type = OptionType::String;
    std::optional<OptionValue> default_value;
    std::string description;
    std::vector<std::string> allowed_values;  // String options only; empty: any
};

using OptionMap = std::map<std::string, OptionValue>;

// A value that does not fit its declaration. The message says what was expected.
class OptionError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Converts a YAML value to the declared type; throws OptionError.
OptionValue parse_option_value(const OptionSpec& spec, const YAML::Node& node);
// Same, from YAML text (used for defaults declared by plugins).
OptionValue parse_option_text(const OptionSpec& spec, const std::string& yaml_text);

// YAML-ish rendering for `config --print` and docs.
std::string option_value_text(const OptionValue& value);

// Declared defaults of every option that has one.
OptionMap default_options(const std::vector<OptionSpec>& specs);

}  // namespace gklint
