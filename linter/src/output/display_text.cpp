#include "output/display_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace gklint {
namespace {

bool is_line_break(UChar32 c) { return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029; }

bool is_bidi_control(UChar32 c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

}  // namespace

bool disrupts_line(char32_t c) {
    auto cp = static_cast<UChar32>(c);
    if (cp == '\t') return false;
    return is_line_break(cp) || u_charType(cp) == U_CONTROL_CHAR || is_bidi_control(cp);
}

std::string single_line(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    const auto* p = reinterpret_cast<const uint8_t*>(text.data());
    auto length = static_cast<int32_t>(text.size());
    bool in_break = false;
    for (int32_t i = 0; i < length;) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(p, i, length, c);
        if (c >= 0 && is_line_break(c)) {
            if (!in_break) out += ' ';
            in_break = true;
            continue;
        }
        in_break = false;
        if (c == '\t') out += ' ';
        else if (c < 0 || disrupts_line(static_cast<char32_t>(c))) out += kReplacement;
        else out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
    return out;
}

}  // namespace gklint
