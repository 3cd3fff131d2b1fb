#include "text/code_points.h"

#include <cstdint>

#include <unicode/utf8.h>

namespace gklint {

void decode_code_points(std::string_view text, TextRange r, std::vector<CodePoint>& out) {
    out.clear();
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    auto pos = static_cast<int32_t>(r.begin);
    const auto end = static_cast<int32_t>(r.end);
    while (pos < end) {
        int32_t start = pos;
        UChar32 c;
        U8_NEXT(s, pos, end, c);
        out.push_back({static_cast<char32_t>(c < 0 ? 0xFFFD : c), static_cast<std::uint32_t>(start),
                       static_cast<std::uint32_t>(pos)});
    }
}

std::size_t count_code_points(std::string_view text) {
    std::size_t n = 0;
    for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

CodePointIndex::CodePointIndex(std::string_view text, TextRange r) : text_(text) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const bool keep = r.end - r.begin <= kKeepDecoded;
    const std::size_t leads = count_code_points(text.substr(r.begin, r.end - r.begin));
    at_.reserve(leads + 1);
    if (keep) decoded_.reserve(leads);
    auto pos = static_cast<int32_t>(r.begin);
    const auto end = static_cast<int32_t>(r.end);
    while (pos < end) {
        at_.push_back(static_cast<std::uint32_t>(pos));
        UChar32 c;
        U8_NEXT(s, pos, end, c);
        if (keep) decoded_.push_back(static_cast<char32_t>(c < 0 ? 0xFFFD : c));
    }
    at_.push_back(static_cast<std::uint32_t>(end));
}

char32_t CodePointIndex::decode(std::size_t i) const {
    const auto* s = reinterpret_cast<const uint8_t*>(text_.data());
    auto pos = static_cast<int32_t>(at_[i]);
    UChar32 c;
    U8_NEXT(s, pos, static_cast<int32_t>(at_[i + 1]), c);
    return static_cast<char32_t>(c < 0 ? 0xFFFD : c);
}

}  // namespace gklint
