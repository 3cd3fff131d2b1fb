#pragma once
// Message templates of YAML rules: "{match}", "{replacement}", "{1}" (capture group 1).
#include <map>
#include <string>
#include <string_view>

namespace gklint {

using TemplateValues = std::map<std::string, std::string, std::less<>>;

// Replaces each {name} with its value; unknown names stay as written.
std::string expand_template(std::string_view text, const TemplateValues& values);

}  // namespace gklint
