#pragma once
// Counts as reports write them, for the bundled plugins.
#include <optional>
#include <string>
#include <string_view>

namespace plugin_common {

// A count as written: ASCII or full-width digits (decimals allowed), or a Chinese numeral
// (十二, 两, 一百二十八). None when `s` does not start with one.
std::optional<double> parse_number(std::string_view s);

// n written in Chinese numerals (1..99: "三", "十二", "二十"); other values in digits.
std::string chinese_numeral(int n);

}  // namespace plugin_common
