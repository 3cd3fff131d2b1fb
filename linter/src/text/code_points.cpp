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

}  // namespace gklint
