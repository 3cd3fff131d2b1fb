#include "output/source_snippet.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <vector>

#include "output/display_text.h"
#include "text/columns.h"

namespace gklint {
namespace {

constexpr std::size_t kTabStop = 8;
constexpr std::string_view kEllipsis = "...";

struct Glyph {
    std::size_t begin = 0;  // byte offsets in the line
    std::size_t end = 0;
    std::string text;
    std::size_t width = 0;  // terminal cells; a TAB's width depends on where it starts
    bool tab = false;
};

std::vector<Glyph> glyphs_of(std::string_view line) {
    std::vector<Glyph> glyphs;
    const auto* p = reinterpret_cast<const uint8_t*>(line.data());
    auto length = static_cast<int32_t>(line.size());
    for (int32_t i = 0; i < length;) {
        auto begin = static_cast<std::size_t>(i);
        UChar32 c;
        U8_NEXT_OR_FFFD(p, i, length, c);
        Glyph g{begin, static_cast<std::size_t>(i), {}, 1, c == '\t'};
        if (g.tab) g.text = "\t";
        else if (disrupts_line(static_cast<char32_t>(c))) g.text = "\xEF\xBF\xBD";
        else {
            g.text = std::string(line.substr(g.begin, g.end - g.begin));
            g.width = static_cast<std::size_t>(display_width(static_cast<char32_t>(c)));
        }
        glyphs.push_back(std::move(g));
    }
    return glyphs;
}

std::size_t cells_of(const Glyph& g, std::size_t column) {
    return g.tab ? kTabStop - column % kTabStop : g.width;
}

struct Window {
    std::size_t first = 0;
    std::size_t last = 0;
};

// The glyphs to show around glyph `anchor` when the line is too wide: some context
// before it, as much as fits after it. TABs are shown as single spaces here.
Window window_around(std::vector<Glyph>& glyphs, std::size_t anchor, std::size_t max_cells) {
    for (auto& g : glyphs) {
        if (!g.tab) continue;
        g.tab = false;
        g.text.assign(1, ' ');
    }
    std::size_t budget = max_cells > 2 * kEllipsis.size() ? max_cells - 2 * kEllipsis.size() : 1;
    std::size_t context = budget / 3;
    Window w{anchor, anchor};
    std::size_t cells = 0;
    while (w.first > 0 && cells + glyphs[w.first - 1].width <= context) cells += glyphs[--w.first].width;
    cells = 0;
    w.last = w.first;
    while (w.last < glyphs.size() && cells + glyphs[w.last].width <= budget) cells += glyphs[w.last++].width;
    while (w.first > 0 && cells + glyphs[w.first - 1].width <= budget) cells += glyphs[--w.first].width;
    return w;
}

}  // namespace

SourceSnippet render_snippet(const Document& document, TextRange range, std::size_t lead_cells,
                             std::size_t max_cells) {
    const LineIndex& lines = document.lines();
    std::size_t text_begin = std::min(range.begin, document.text().size());
    SourceSnippet snippet;
    snippet.line = lines.line_of(text_begin);
    std::size_t line_start = lines.line_start(snippet.line);
    std::string_view line = document.line_text(snippet.line);
    std::size_t begin = std::min(text_begin - line_start, line.size());
    std::size_t end = std::clamp(range.end, text_begin, line_start + line.size()) - line_start;
    end = std::max(end, begin);

    std::vector<Glyph> glyphs = glyphs_of(line);
    std::size_t anchor = 0;
    while (anchor < glyphs.size() && glyphs[anchor].end <= begin) ++anchor;

    Window window{0, glyphs.size()};
    std::size_t full_width = 0;
    for (const auto& g : glyphs) full_width += cells_of(g, lead_cells + full_width);
    if (full_width > max_cells) window = window_around(glyphs, anchor, max_cells);

    std::size_t column = lead_cells;
    if (window.first > 0) {
        snippet.source += kEllipsis;
        snippet.underline.append(kEllipsis.size(), ' ');
        column += kEllipsis.size();
    }
    std::size_t range_cells = 0;
    for (std::size_t i = window.first; i < window.last; ++i) {
        const Glyph& g = glyphs[i];
        std::size_t cells = cells_of(g, column);
        snippet.source += g.text;
        if (i < anchor) {
            if (g.tab) snippet.underline += '\t';
            else snippet.underline.append(cells, ' ');
        } else if (g.begin < end) {
            range_cells += cells;
        }
        column += cells;
    }
    if (window.last < glyphs.size()) snippet.source += kEllipsis;
    snippet.underline += '^';
    if (range_cells > 1) snippet.underline.append(range_cells - 1, '~');
    return snippet;
}

}  // namespace gklint
