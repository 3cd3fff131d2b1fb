#pragma once
// Page furniture that is not report text: page numbers and lines repeated at the top
// or bottom of most pages.
#include <string_view>
#include <vector>

#include "read/pdf/glyph_lines.h"

namespace gklint::pdf {

struct PageLines {
    double height = 0;
    std::vector<Line> lines;
};

// "-1-", "- 2 -", "— 3 —", "第1页", "第 1 页 共 5 页", "1/5", "3".
bool is_page_number(std::string_view text);

// Removes page numbers in the top or bottom margin, and lines found at the same place
// near the top or bottom of more than half of the pages (documents of three pages or more).
void drop_running_headers(std::vector<PageLines>& pages);

}  // namespace gklint::pdf
