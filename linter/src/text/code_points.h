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

// The code points of valid UTF-8 (its lead bytes): the size to reserve for its characters.
std::size_t count_code_points(std::string_view text);

// The code points of text[r] into `out` (cleared first, so a caller can reuse its buffer).
void decode_code_points(std::string_view text, TextRange r, std::vector<CodePoint>& out);

// The code points of text[r] by index: where each begins, and the code points themselves
// for a text of up to 64 KB (a paragraph of a report). A longer one (a one-line web page is
// a paragraph of millions) keeps only the offsets, 4 bytes each, and decodes a code point
// when it is read.
class CodePointIndex {
public:
    CodePointIndex(std::string_view text, TextRange r);

    std::size_t size() const { return at_.size() - 1; }
    bool empty() const { return size() == 0; }
    CodePoint operator[](std::size_t i) const {
        return {decoded_.empty() ? decode(i) : decoded_[i], at_[i], at_[i + 1]};
    }
    CodePoint back() const { return (*this)[size() - 1]; }

private:
    static constexpr std::size_t kKeepDecoded = 64 * 1024;
    char32_t decode(std::size_t i) const;

    std::string_view text_;
    std::vector<std::uint32_t> at_;  // each code point's first byte, then the end
    std::vector<char32_t> decoded_;  // empty for a text over kKeepDecoded bytes
};

}  // namespace gklint
