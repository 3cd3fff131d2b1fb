#pragma once
// East Asian wide characters: between two of them a line break in the source is no
// space (CSS Text: segment breaks between wide characters are removed).
#include <string_view>

namespace gklint {

bool is_wide(char32_t c);
char32_t last_code_point(std::string_view utf8);   // 0 for empty text
char32_t first_code_point(std::string_view utf8);  // 0 for empty text

}  // namespace gklint
