#pragma once
// Folding of table and heading labels for comparison: full-width forms to ASCII,
// whitespace and quotes dropped, "1、" as "1.", as code points, each remembering
// the byte offset of the character it came from.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gklint {

// Unicode White_Space (U+3000, U+00A0, tabs …), without a property lookup.
inline bool is_unicode_space(char32_t c) {
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

struct FoldedLabel {
    std::u32string text;
    std::vector<std::size_t> begin;  // byte offset in the input of each folded code point
    std::vector<std::size_t> end;    // byte offset just after that input character
};

// `base` is added to every offset (the input's position in a larger text).
FoldedLabel fold_label(std::string_view text, std::size_t base = 0);
void append_folded(FoldedLabel& out, std::string_view text, std::size_t base);

std::u32string fold_label_text(std::string_view text);

// Edit distance between `pattern` and the best-matching substring of `text`
// (Sellers' algorithm). Returns the distance and the substring's [begin, end).
struct ApproximateMatch {
    std::size_t distance = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
};
ApproximateMatch best_substring_match(std::u32string_view pattern, std::u32string_view text);

}  // namespace gklint
