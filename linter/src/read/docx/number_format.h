#pragma once
// The text of a list counter in a Word number format (w:numFmt).
#include <string>
#include <string_view>

namespace gklint::docx {

// `value` in the format `num_fmt` ("decimal", "chineseCounting", "upperRoman", …) as Word
// shows it; "bullet" and "none" give "". Unknown formats, and values a format cannot show
// (0 in letters, 4000 in Roman numerals), fall back to decimal.
std::string format_list_number(long value, std::string_view num_fmt);

}  // namespace gklint::docx
