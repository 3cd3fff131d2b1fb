#include "read/html/wide_characters.h"

#include <unicode/utf8.h>

namespace gklint {

bool is_wide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

char32_t last_code_point(std::string_view utf8) {
    if (utf8.empty()) return 0;
    auto length = static_cast<int32_t>(utf8.size());
    int32_t i = length;
    UChar32 c = 0;
    U8_PREV(reinterpret_cast<const uint8_t*>(utf8.data()), 0, i, c);
    return c < 0 ? 0 : static_cast<char32_t>(c);
}

char32_t first_code_point(std::string_view utf8) {
    if (utf8.empty()) return 0;
    auto length = static_cast<int32_t>(utf8.size());
    int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(utf8.data()), i, length, c);
    return c < 0 ? 0 : static_cast<char32_t>(c);
}

}  // namespace gklint
