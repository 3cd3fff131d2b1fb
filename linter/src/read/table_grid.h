#pragma once
// A table as its document states it: a grid of cells, merged cells expanded.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/diagnostic.h"

namespace gklint {

// One cell at its origin (top-left) position.
struct GridCell {
    std::size_t row = 0, column = 0;
    std::size_t row_span = 1, column_span = 1;
    TextRange range;  // its text in the reader's text; an empty range at its place when blank
};

struct TableGrid {
    static constexpr std::size_t npos = SIZE_MAX;
    TextRange range;  // the whole table in the reader's text (a nested table's lies inside its outer cell)
    std::size_t rows = 0, columns = 0;
    std::vector<GridCell> cells;   // origin cells, row by row, left to right
    std::vector<std::size_t> at;   // rows * columns: index into cells of the cell covering (r, c), or npos

    std::size_t cell_at(std::size_t row, std::size_t column) const {
        return row < rows && column < columns ? at[row * columns + column] : npos;
    }
    // The origin cell whose range holds a text offset (ends inclusive for empty cells), or npos.
    std::size_t cell_holding(std::size_t offset) const;
};

// Builds a grid row by row from cells as a document states them (HTML rowspan /
// colspan, Word gridSpan / vMerge): each cell is placed at the first free column of
// its row, skipping positions taken by cells spanning down from rows above.
class GridBuilder {
public:
    void begin_row();
    // `row_span` 0 means "to the end of the table" (HTML rowspan=0).
    void add_cell(TextRange range, std::size_t row_span = 1, std::size_t column_span = 1);
    // Word's vMerge="continue": the cell at this row's next free column continues the
    // cell above it (its span grows by one row) instead of starting a new one.
    void continue_cell_above(std::size_t column_span = 1);
    TableGrid finish(TextRange table_range);

private:
    struct Pending {
        GridCell cell;
        bool to_end = false;
    };
    std::size_t next_free_column() const;
    void occupy(std::size_t cell_index);
    void occupy_row(std::size_t cell_index, std::size_t row);

    std::vector<Pending> cells_;
    std::vector<std::vector<std::size_t>> taken_;  // per row: cell index per column, npos when free
    std::size_t row_ = SIZE_MAX;
};

}  // namespace gklint
