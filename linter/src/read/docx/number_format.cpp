#include "read/docx/number_format.h"

#include <array>

namespace gklint::docx {
namespace {

using Digits = std::array<const char*, 10>;
constexpr Digits kChineseDigits = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
constexpr Digits kLegalDigits = {"〇", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};

// Chinese numerals below 10000 with unit characters (十百千), 零 for skipped places;
// "一十" at the start becomes "十" for the counting style, the legal style keeps 壹拾.
std::string chinese_below_10000(long value, const Digits& digits, const std::array<const char*, 4>& units,
                                bool bare_ten) {
    std::string out;
    bool pending_zero = false;
    for (int place = 3; place >= 0; --place) {
        long divisor = place == 3 ? 1000 : place == 2 ? 100 : place == 1 ? 10 : 1;
        long digit = value / divisor % 10;
        if (digit == 0) {
            if (!out.empty()) pending_zero = true;
            continue;
        }
        if (pending_zero) out += "零";
        pending_zero = false;
        if (!(bare_ten && place == 1 && digit == 1 && out.empty())) out += digits[digit];
        out += units[place];
    }
    return out;
}

std::string chinese_counting_thousand(long value) {
    constexpr std::array<const char*, 4> units = {"", "十", "百", "千"};
    if (value < 10000) return chinese_below_10000(value, kChineseDigits, units, true);
    std::string high = chinese_below_10000(value / 10000, kChineseDigits, units, true);
    long low = value % 10000;
    if (low == 0) return high + "万";
    return high + "万" + (low < 1000 ? "零" : "") + chinese_below_10000(low, kChineseDigits, units, false);
}

// Word's chineseCounting: 一 … 九十九, then digit by digit (一〇〇).
std::string chinese_counting(long value) {
    if (value > 0 && value < 100) return chinese_counting_thousand(value);
    std::string out;
    for (char c : std::to_string(value)) out += kChineseDigits[c - '0'];
    return out;
}

std::string chinese_legal(long value) {
    constexpr std::array<const char*, 4> units = {"", "拾", "佰", "仟"};
    if (value >= 10000) return std::to_string(value);
    return chinese_below_10000(value, kLegalDigits, units, false);
}

std::string roman(long value, bool upper) {
    if (value <= 0 || value >= 4000) return std::to_string(value);
    static constexpr std::array<std::pair<long, const char*>, 13> parts = {{{1000, "m"}, {900, "cm"}, {500, "d"},
        {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}}};
    std::string out;
    for (const auto& [n, letters] : parts)
        for (; value >= n; value -= n) out += letters;
    if (upper)
        for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
    return out;
}

// a … z, then aa … zz, aaa …: Word repeats the letter.
std::string letters(long value, char first) {
    if (value <= 0) return std::to_string(value);
    long repeat = (value - 1) / 26 + 1;
    if (repeat > 100) return std::to_string(value);
    return std::string(static_cast<std::size_t>(repeat), static_cast<char>(first + (value - 1) % 26));
}

std::string cyclic(long value, const char* const* symbols, long count) {
    if (value <= 0) return std::to_string(value);
    return symbols[(value - 1) % count];
}

// A code point in a block of enclosed numbers (①②…) for 1 … count, else decimal.
std::string enclosed(long value, char32_t first, long count) {
    if (value < 1 || value > count) return std::to_string(value);
    char32_t cp = first + static_cast<char32_t>(value - 1);
    std::string out;
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
    return out;
}

std::string full_width(long value) {
    std::string out;
    for (char c : std::to_string(value)) {
        if (c == '-') {
            out += "－";
            continue;
        }
        out += "\xEF\xBC";
        out += static_cast<char>(0x90 + (c - '0'));
    }
    return out;
}

}  // namespace

std::string format_list_number(long value, std::string_view fmt) {
    static constexpr const char* kTianGan[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
    static constexpr const char* kDiZhi[] = {"子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"};
    if (fmt == "bullet" || fmt == "none") return "";
    if (value < 0) return std::to_string(value);
    if (fmt == "decimalZero") return value < 10 ? "0" + std::to_string(value) : std::to_string(value);
    if (fmt == "decimalFullWidth" || fmt == "decimalFullWidth2") return full_width(value);
    if (fmt == "chineseCounting") return chinese_counting(value);
    if (fmt == "chineseCountingThousand" || fmt == "taiwaneseCountingThousand")
        return value == 0 ? kChineseDigits[0] : chinese_counting_thousand(value);
    if (fmt == "chineseLegalSimplified") return value == 0 ? "零" : chinese_legal(value);
    if (fmt == "ideographTraditional") return cyclic(value, kTianGan, 10);
    if (fmt == "ideographZodiac") return cyclic(value, kDiZhi, 12);
    if (fmt == "lowerLetter") return letters(value, 'a');
    if (fmt == "upperLetter") return letters(value, 'A');
    if (fmt == "lowerRoman") return roman(value, false);
    if (fmt == "upperRoman") return roman(value, true);
    if (fmt == "decimalEnclosedCircle" || fmt == "decimalEnclosedCircleChinese") return enclosed(value, U'\u2460', 20);
    if (fmt == "decimalEnclosedParen") return enclosed(value, U'\u2474', 20);
    if (fmt == "decimalEnclosedFullstop") return enclosed(value, U'\u2488', 20);
    if (fmt == "ideographEnclosedCircle") return enclosed(value, U'\u3220', 10);
    return std::to_string(value);
}

}  // namespace gklint::docx
