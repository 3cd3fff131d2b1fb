#include "core/options.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace gklint {

std::string_view option_type_name(OptionType type) {
    switch (type) {
        case OptionType::String: return "string";
        case OptionType::Integer: return "integer";
        case OptionType::Number: return "number";
        case OptionType::Boolean: return "boolean";
        case OptionType::StringList: return "list of strings";
    }
    return "string";
}

namespace {

[[noreturn]] void type_error(const OptionSpec& spec) {
    throw OptionError(fmt::format("option '{}' must be a {}", spec.name, option_type_name(spec.type)));
}

template <typename T>
T scalar_as(const OptionSpec& spec, const YAML::Node& node) {
    if (!node.IsScalar()) type_error(spec);
    try {
        return node.as<T>();
    } catch (const YAML::Exception&) {
        type_error(spec);
    }
}

}  // namespace

OptionValue parse_option_value(const OptionSpec& spec, const YAML::Node& node) {
    switch (spec.type) {
        case OptionType::String: {
            auto value = scalar_as<std::string>(spec, node);
            if (!spec.allowed_values.empty() &&
                std::find(spec.allowed_values.begin(), spec.allowed_values.end(), value) ==
                    spec.allowed_values.end()) {
                throw OptionError(fmt::format("option '{}' must be one of {}, not '{}'", spec.name,
                                              fmt::join(spec.allowed_values, ", "), value));
            }
            return value;
        }
        case OptionType::Integer: return scalar_as<std::int64_t>(spec, node);
        case OptionType::Number: return scalar_as<double>(spec, node);
        case OptionType::Boolean: return scalar_as<bool>(spec, node);
        case OptionType::StringList: {
            if (!node.IsSequence()) type_error(spec);
            std::vector<std::string> items;
            for (const auto& item : node) {
                if (!item.IsScalar()) type_error(spec);
                items.push_back(item.as<std::string>());
            }
            return items;
        }
    }
    type_error(spec);
}

OptionValue parse_option_text(const OptionSpec& spec, const std::string& yaml_text) {
    try {
        return parse_option_value(spec, YAML::Load(yaml_text));
    } catch (const YAML::Exception& e) {
        throw OptionError(fmt::format("option '{}': default '{}' is not valid YAML", spec.name, yaml_text));
    }
}

std::string option_value_text(const OptionValue& value) {
    return std::visit(
        [](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::string>) return v;
            else if constexpr (std::is_same_v<T, bool>) return v ? "true" : "false";
            else if constexpr (std::is_same_v<T, std::vector<std::string>>)
                return fmt::format("[{}]", fmt::join(v, ", "));
            else return fmt::format("{}", v);
        },
        value);
}

OptionMap default_options(const std::vector<OptionSpec>& specs) {
    OptionMap out;
    for (const auto& spec : specs)
        if (spec.default_value) out.emplace(spec.name, *spec.default_value);
    return out;
}

}  // namespace gklint
