#pragma once
// Pattern pieces and helpers for report text as it really arrives: full- or
// half-width punctuation, U+3000/U+00A0 padding, Traditional characters, and
// pinyin injected after Han characters by scraping mirrors ("項(xiàng)").
#include <string>
#include <string_view>

namespace article {

// One pinyin annotation after a Han character: "(xiàng)", "(he)". Only Latin
// letters and combining marks, so bracketed numerals like "(一)" never match.
inline const std::string kPinyinGroup = R"(\((?:\p{Latin}|\p{M})+\))";
// Any number of them: "和(he)(he)".
inline const std::string kPinyin = "(?:" + kPinyinGroup + ")*";
// A Chinese numeral, possibly with pinyin after each character.
inline const std::string kNumeral = "(?:[零〇一二三四五六七八九十百]" + kPinyin + ")+";

// The numeral characters of `text`, without pinyin or anything else.
std::string numeral_chars(std::string_view text);

// The value of a numeral made of numeral_chars(): "二十六" → 26, "十" → 10.
int numeral_value(std::string_view numeral);

// True when the line holds only whitespace (ICU \s: includes U+3000, U+00A0).
bool is_blank(std::string_view line);

}  // namespace article
