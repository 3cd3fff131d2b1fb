#include "model/chinese_numerals.h"

namespace gklint {
namespace {

int digit_of(char32_t c) {
    switch (c) {
        case U'零': case U'〇': return 0;
        case U'一': return 1;
        case U'二': case U'两': return 2;
        case U'三': return 3;
        case U'四': return 4;
        case U'五': return 5;
        case U'六': return 6;
        case U'七': return 7;
        case U'八': return 8;
        case U'九': return 9;
        default: return -1;
    }
}

double unit_of(char32_t c) {
    switch (c) {
        case U'十': return 10;
        case U'百': return 100;
        case U'千': return 1000;
        default: return 0;
    }
}

}  // namespace

bool is_chinese_numeral_char(char32_t c) {
    return digit_of(c) >= 0 || unit_of(c) > 0 || c == U'万' || c == U'亿';
}

std::optional<double> chinese_numeral_value(std::u32string_view s) {
    if (s.empty()) return std::nullopt;
    // Digits only: positional when it is a year-like run ("二〇二〇", "二零二一");
    // "二三" is "two or three", not a number.
    bool digits_only = true, zero = false;
    for (char32_t c : s) {
        digits_only = digits_only && digit_of(c) >= 0;
        zero = zero || digit_of(c) == 0;
    }
    if (digits_only && s.size() > 1) {
        if (!zero && s.size() < 3) return std::nullopt;
        double v = 0;
        for (char32_t c : s) v = v * 10 + digit_of(c);
        return v;
    }
    double total = 0, section = 0, digit = -1;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char32_t c = s[i];
        if (int d = digit_of(c); d >= 0) {
            if (digit >= 0 && d != 0 && digit != 0) return std::nullopt;  // "二三" is not a numeral
            digit = d;
        } else if (double u = unit_of(c); u > 0) {
            section += (digit < 0 ? 1 : digit) * u;  // "十二": an implicit 一
            digit = -1;
        } else if (c == U'万' || c == U'亿') {
            double big = c == U'万' ? 1e4 : 1e8;
            section += digit < 0 ? 0 : digit;
            if (section == 0) section = 1;
            total += section * big;
            section = 0;
            digit = -1;
        } else {
            return std::nullopt;
        }
    }
    if (digit > 0) section += digit;
    return total + section;
}

}  // namespace gklint
