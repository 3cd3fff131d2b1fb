#pragma once
#include <optional>
#include <string_view>

namespace gklint {

enum class Severity { Info = 0, Warning = 1, Error = 2 };

// "info" | "warning" | "error"
std::optional<Severity> parse_severity(std::string_view name);
std::string_view severity_name(Severity severity);

}  // namespace gklint
