#pragma once
// Values of numerals as reports write them: Arabic and full-width digits, and
// Chinese numerals (二十六, 两, 一百零五, 三千二百, 1.5万 is left to the caller).
#include <optional>
#include <string_view>

namespace gklint {

// "二十六" → 26, "两" → 2, "一百零五" → 105, "〇" → 0; nullopt when not a numeral.
std::optional<double> chinese_numeral_value(std::u32string_view numeral);

bool is_chinese_numeral_char(char32_t c);

}  // namespace gklint
