#include "report_text.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace article {

std::string numeral_chars(std::string_view text) {
    static const icu::UnicodeString kNumerals = icu::UnicodeString::fromUTF8("零〇一二三四五六七八九十百");
    icu::UnicodeString in = icu::UnicodeString::fromUTF8(text), out;
    for (int32_t i = 0; i < in.length(); i = in.moveIndex32(i, 1)) {
        UChar32 c = in.char32At(i);
        if (kNumerals.indexOf(c) >= 0) out.append(c);
    }
    std::string utf8;
    return out.toUTF8String(utf8);
}

int numeral_value(std::string_view numeral) {
    static const icu::UnicodeString kDigits = icu::UnicodeString::fromUTF8("〇一二三四五六七八九");
    icu::UnicodeString s = icu::UnicodeString::fromUTF8(numeral);
    int total = 0, digit = 0;
    for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
        UChar32 c = s.char32At(i);
        if (c == u'十' || c == u'百') {
            total += (digit ? digit : 1) * (c == u'十' ? 10 : 100);
            digit = 0;
        } else if (c == u'零') {
            digit = 0;
        } else if (int32_t d = kDigits.indexOf(c); d >= 0) {
            digit = d;
        }
    }
    return total + digit;
}

bool is_blank(std::string_view line) {
    icu::UnicodeString s = icu::UnicodeString::fromUTF8(line);
    for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1))
        if (!u_isUWhiteSpace(s.char32At(i))) return false;
    return true;
}

}  // namespace article
