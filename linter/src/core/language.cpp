#include "core/language.h"

namespace gklint {

std::optional<Language> parse_language(std::string_view name) {
    if (name == "zh" || name == "zh-CN" || name == "zh_CN") return Language::Zh;
    if (name == "en" || name == "en-US" || name == "en_US") return Language::En;
    return std::nullopt;
}

std::string_view language_code(Language lang) { return lang == Language::En ? "en" : "zh"; }

}  // namespace gklint
