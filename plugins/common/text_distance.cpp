#include "text_distance.h"

#include <unicode/utf8.h>

#include <algorithm>

namespace plugin_common {

std::u32string to_u32(std::string_view utf8) {
    std::u32string out;
    int32_t i = 0, n = static_cast<int32_t>(utf8.size());
    while (i < n) {
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t*>(utf8.data()), i, n, c);
        if (c >= 0) out.push_back(static_cast<char32_t>(c));
    }
    return out;
}

std::string to_utf8(std::u32string_view text) {
    std::string out;
    for (char32_t c : text) {
        uint8_t buf[4];
        int32_t len = 0;
        UBool error = false;
        U8_APPEND(buf, len, 4, static_cast<UChar32>(c), error);
        if (!error) out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(len));
    }
    return out;
}

std::vector<std::vector<int>> edit_table(std::u32string_view a, std::u32string_view b) {
    std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j)
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    return d;
}

int edit_distance(std::u32string_view a, std::u32string_view b) { return edit_table(a, b)[a.size()][b.size()]; }

}  // namespace plugin_common
