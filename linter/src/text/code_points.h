#pragma once
// The code points of a UTF-8 text with the byte range each came from.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace gklint {

// 12 bytes: a one-line web page is a paragraph of millions of them. (Offsets fit: the
// decoder works in 32-bit positions.)
struct CodePoint {
    char32_t c;  // U+FFFD for an invalid byte sequence
    std::uint32_t begin, end;
};

// The code points of text[r] into `out` (cleared first, so a caller can reuse its buffer).
void decode_code_points(std::string_view text, TextRange r, std::vector<CodePoint>& out);

}  // namespace gklint
