#pragma once
// Text from documents, rules and plugins made safe to print on one terminal line.
#include <string>
#include <string_view>

namespace gklint {

// Line breaks, other control characters and bidi controls: code points that would
// end the line, move the cursor or reorder what follows in a terminal. Not TAB.
bool disrupts_line(char32_t c);

// `text` on one line: each run of line breaks becomes one space, a TAB becomes a
// space, any other disruptive code point (or invalid UTF-8) becomes U+FFFD.
std::string single_line(std::string_view text);

}  // namespace gklint
