#include "output/xml_text.h"

#include <unicode/utf8.h>

namespace gklint {
namespace {

bool is_xml_char(UChar32 c) {
    if (c < 0) return false;
    if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
    return c != 0xFFFE && c != 0xFFFF;  // U8_NEXT never yields surrogates
}

}  // namespace

std::string xml_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    const auto* p = reinterpret_cast<const uint8_t*>(text.data());
    auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(p, i, length, c);
        if (is_xml_char(c)) out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
        else out += "\xEF\xBF\xBD";
    }
    return out;
}

}  // namespace gklint
