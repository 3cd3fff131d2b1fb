#pragma once
// The quoted source line of the human format, with ^~~~ under the diagnosed text.
#include <cstddef>
#include <string>

#include "core/diagnostic.h"
#include "core/document.h"

namespace gklint {

struct SourceSnippet {
    std::size_t line = 0;   // 0-based line shown: the one holding range.begin
    std::string source;     // that line, safe to print (control characters replaced)
    std::string underline;  // spaces (and the line's TABs) up to the range, then ^~~~
};

// Lines wider than this many terminal cells are cut around the range and marked "...".
inline constexpr std::size_t kSnippetMaxCells = 100;

// `lead_cells`: terminal cells printed before the line (the gutter), so that a TAB
// inside the range is underlined as wide as the terminal shows it. A range that
// runs past its first line is underlined to the end of that line.
SourceSnippet render_snippet(const Document& document, TextRange range, std::size_t lead_cells,
                             std::size_t max_cells = kSnippetMaxCells);

}  // namespace gklint
