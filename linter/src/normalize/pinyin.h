#pragma once
// Pinyin annotations injected after Han characters ("鎮(zhèn)", "和(he)(he)").
#include <cstddef>
#include <string_view>

namespace gklint {

// Length in bytes of the run of pinyin groups at the start of `text` ("(zhèn)",
// "（he）(he)"), 0 when `text` does not start with one. A group is one or more
// valid pinyin syllables in lower case, with or without tone marks.
std::size_t pinyin_annotation_length(std::string_view text);

bool is_pinyin_word(std::u32string_view word);

}  // namespace gklint
