#include "normalize/fold.h"

#include <algorithm>

#include <unicode/utf8.h>

#include "text/code_points.h"

namespace gklint {
namespace {

bool dropped(UChar32 c) {
    switch (c) {
        case 0x201C: case 0x201D: case 0x2018: case 0x2019: case '"': case '\'':
        case 0x300C: case 0x300D: case 0xFEFF: case 0x200B:
            return true;
        default:
            return is_unicode_space(static_cast<char32_t>(c));
    }
}

UChar32 fold_char(UChar32 c) {
    if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
    switch (c) {
        case 0x3000: return ' ';
        case 0xFF0E: return '.';
        case 0x3014: case 0x3010: return '[';
        case 0x3015: case 0x3011: return ']';
        case 0x2014: case 0x2015: case 0x2013: case 0x2212: return '-';
        default: return c;
    }
}

}  // namespace

namespace {

// Calls emit(folded character, its first byte, the byte after it) for each character
// of `text` that folding keeps; `last` is the text folded so far.
template <class Emit>
void fold_each(std::string_view text, const std::u32string& last, Emit&& emit) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const auto n = static_cast<int32_t>(text.size());
    int32_t pos = 0;
    while (pos < n) {
        int32_t start = pos;
        UChar32 c;
        U8_NEXT(s, pos, n, c);
        if (c < 0) continue;
        if (dropped(c)) continue;
        c = fold_char(c);
        // "1、" is how many reports write "1."
        if (c == 0x3001 && !last.empty() && last.back() >= '0' && last.back() <= '9') c = '.';
        emit(static_cast<char32_t>(c), start, pos);
    }
}

}  // namespace

void append_folded(FoldedLabel& out, std::string_view text, std::size_t base) {
    fold_each(text, out.text, [&](char32_t c, int32_t start, int32_t end) {
        out.text.push_back(c);
        out.begin.push_back(base + static_cast<std::size_t>(start));
        out.end.push_back(base + static_cast<std::size_t>(end));
    });
}

FoldedLabel fold_label(std::string_view text, std::size_t base) {
    FoldedLabel out;
    append_folded(out, text, base);
    return out;
}

// Only the text: a whole report is folded to find format signatures in it, and its
// offsets would be 16 bytes a character.
std::u32string fold_label_text(std::string_view text) {
    std::u32string out;
    out.reserve(count_code_points(text));  // an upper bound on the folded length
    fold_each(text, out, [&](char32_t c, int32_t, int32_t) { out.push_back(c); });
    return out;
}

ApproximateMatch best_substring_match(std::u32string_view pattern, std::u32string_view text) {
    const std::size_t m = pattern.size(), n = text.size();
    // cost[j] / start[j]: best alignment of pattern[0..i) ending at text position j.
    std::vector<std::size_t> cost(n + 1, 0), start(n + 1), next_cost(n + 1), next_start(n + 1);
    for (std::size_t j = 0; j <= n; ++j) start[j] = j;
    for (std::size_t i = 1; i <= m; ++i) {
        next_cost[0] = i;
        next_start[0] = 0;
        for (std::size_t j = 1; j <= n; ++j) {
            std::size_t sub = cost[j - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1);
            std::size_t del = cost[j] + 1;           // pattern char missing from text
            std::size_t ins = next_cost[j - 1] + 1;  // extra text char
            if (sub <= del && sub <= ins) {
                next_cost[j] = sub;
                next_start[j] = start[j - 1];
            } else if (del <= ins) {
                next_cost[j] = del;
                next_start[j] = start[j];
            } else {
                next_cost[j] = ins;
                next_start[j] = next_start[j - 1];
            }
        }
        cost.swap(next_cost);
        start.swap(next_start);
    }
    ApproximateMatch best{m, 0, 0};
    for (std::size_t j = 0; j <= n; ++j)
        if (cost[j] < best.distance) best = {cost[j], start[j], j};
    return best;
}

}  // namespace gklint
