#pragma once
// Message language: Chinese by default, English on request.
#include <optional>
#include <string>
#include <string_view>

namespace gklint {

enum class Language { Zh, En };

std::optional<Language> parse_language(std::string_view name);
std::string_view language_code(Language lang);

// A text in both message languages.
struct LocalizedText {
    std::string zh;
    std::string en;
    const std::string& in(Language lang) const { return lang == Language::En && !en.empty() ? en : zh; }
};

}  // namespace gklint
