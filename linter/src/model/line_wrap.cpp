#include "model/line_wrap.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace gklint {
namespace {

struct Line {
    std::size_t begin = 0, end = 0;  // bytes, end at the '\n' (or the text's end)
    int lead = 0;                    // display columns of the leading blanks
    int right = 0;                   // display column where the text ends
    char32_t last = 0;               // last character that is not blank
    bool numbered = false;           // starts with a numbering: （一） （1） 1. 1、 一、
    bool prose = false;              // a line of running text, not a table row
};

bool is_numeral(UChar32 c) {
    return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) ||
           std::u32string_view(U"〇一二三四五六七八九十").find(static_cast<char32_t>(c)) != std::u32string_view::npos;
}

// "（一）", "(1)", "1.", "1、", "一、" at the start of `s`.
bool starts_numbered(std::u32string_view s) {
    std::size_t i = 0;
    bool paren = !s.empty() && (s[0] == U'（' || s[0] == U'(');
    if (paren) ++i;
    std::size_t digits = i;
    while (i < s.size() && is_numeral(static_cast<UChar32>(s[i]))) ++i;
    if (i == digits || i >= s.size()) return false;
    if (paren) return s[i] == U'）' || s[i] == U')';
    return s[i] == U'、' || s[i] == U'.' || s[i] == U'．';
}

bool is_blank(UChar32 c) { return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || c == '\r'; }

int display_width(UChar32 c) {
    if (c == '\t') return 4;
    if (c < 0x1100) return 1;
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60)) return 2;
    auto w = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    return (w == U_EA_WIDE || w == U_EA_FULLWIDTH) ? 2 : 1;
}

Line read_line(std::string_view text, std::size_t begin, std::size_t end) {
    Line l;
    l.begin = begin;
    l.end = end;
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    auto pos = static_cast<int32_t>(begin);
    int column = 0, blank_run = 0, longest_gap = 0, text_columns = 0;
    bool started = false, tab = false;
    std::u32string head;  // the first characters of the text
    while (pos < static_cast<int32_t>(end)) {
        UChar32 c;
        U8_NEXT(s, pos, static_cast<int32_t>(end), c);
        if (c < 0) c = 0xFFFD;
        int w = display_width(c);
        column += w;
        if (is_blank(c)) {
            if (!started) l.lead = column;
            else blank_run += w;
            tab = tab || c == '\t';
            continue;
        }
        if (started) longest_gap = std::max(longest_gap, blank_run);
        started = true;
        if (head.size() < 6) head.push_back(static_cast<char32_t>(c));
        blank_run = 0;
        text_columns += w;
        l.right = column;
        l.last = static_cast<char32_t>(c);
    }
    // Table rows in PDF or tab layouts have wide gaps between their cells.
    l.numbered = starts_numbered(head);
    l.prose = started && text_columns >= 10 && longest_gap < 3 && !(tab && started && longest_gap > 0);
    return l;
}

bool ends_sentence(char32_t c) { return c == U'。' || c == U'！' || c == U'？' || c == U'!' || c == U'?'; }

}  // namespace

std::vector<std::size_t> soft_line_breaks(std::string_view text) {
    std::vector<Line> lines;
    for (std::size_t pos = 0; pos <= text.size();) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        lines.push_back(read_line(text, pos, eol));
        pos = eol + 1;
    }

    // The wrap width: the right edge most prose lines end at (within a few columns,
    // for half-width digits and punctuation pushed over).
    constexpr int kSlack = 4;
    std::map<int, int> edges;
    int prose_lines = 0;
    for (const auto& l : lines)
        if (l.prose) {
            ++edges[l.right];
            ++prose_lines;
        }
    int edge = 0, at_edge = 0;
    for (const auto& [right, count] : edges) {
        int near = 0;
        for (auto it = edges.lower_bound(right - kSlack); it != edges.end() && it->first <= right; ++it) near += it->second;
        if (near > at_edge || (near == at_edge && right > edge)) {
            edge = right;
            at_edge = near;
        }
    }
    // Hard-wrapped: many lines end at the same width, which text written a
    // paragraph per line does not do.
    // A short text of short lines is not wrapped: the width must hold a sentence.
    if (at_edge < 4 || at_edge * 10 < prose_lines * 3 || edge < 40 || edge > 240) return {};

    auto full = [&](const Line& l) { return l.prose && l.right >= edge - kSlack && l.right <= edge + 2; };
    // The indentation of continuation lines, and whether paragraphs start indented.
    std::map<int, int> leads;
    for (std::size_t i = 1; i < lines.size(); ++i)
        if (full(lines[i - 1]) && lines[i].right > 0) ++leads[lines[i].lead];
    int base_lead = 0, most = 0;
    for (const auto& [lead, count] : leads)
        if (count > most) {
            base_lead = lead;
            most = count;
        }
    int indented_starts = 0;
    for (const auto& l : lines)
        if (l.prose && l.lead > base_lead + 1) ++indented_starts;
    bool indents_paragraphs = indented_starts >= 3;

    std::vector<std::size_t> out;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const Line& l = lines[i];
        const Line& next = lines[i + 1];
        if (!full(l) || next.right == 0 || next.lead > base_lead + 1 || next.numbered) continue;
        // A sentence ending at the margin ends the paragraph, unless paragraphs are
        // marked by indentation (then the unindented next line continues it).
        if (ends_sentence(l.last) && !indents_paragraphs) continue;
        out.push_back(l.end);
    }
    return out;
}

}  // namespace gklint
