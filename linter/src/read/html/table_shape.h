#pragma once
// What a <table> is: a grid of data, or a layout box around content.
#include <gumbo.h>

#include <cstddef>

namespace gklint {

// A table whose cells hold other tables, or with a single cell (CMS pages and
// Word wrap whole articles in them): its content is read as blocks, not a grid.
bool is_layout_table(const GumboNode* table);

struct CellSpan {
    std::size_t rows = 1;  // 0: to the end of the table (rowspan="0")
    std::size_t columns = 1;
};

// rowspan / colspan as browsers read them: leading digits, colspan 0 taken as 1,
// capped at HTML's limits (65534 rows, 1000 columns).
CellSpan cell_span(const GumboNode* cell);

// Throws InputError when the table's grid would be too large to hold (a page made
// of tens of thousands of cells spanning hundreds of columns each); `spans_fit`
// false: it only fits with every span taken as 1.
bool spans_fit(const GumboNode* table);

}  // namespace gklint
