#include "read/table_grid.h"

#include <algorithm>

namespace gklint {

std::size_t TableGrid::cell_holding(std::size_t offset) const {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const TextRange& r = cells[i].range;
        if (r.begin <= offset && (offset < r.end || (offset == r.end && r.begin == r.end))) return i;
    }
    return npos;
}

void GridBuilder::begin_row() {
    ++row_;
    if (taken_.size() <= row_) taken_.resize(row_ + 1);
    // A cell spanning to the end of the table takes its column in every new row.
    for (std::size_t i = 0; i < cells_.size(); ++i)
        if (cells_[i].to_end && cells_[i].cell.row < row_) {
            cells_[i].cell.row_span = row_ - cells_[i].cell.row + 1;
            occupy_row(i, row_);
        }
}

std::size_t GridBuilder::next_free_column() const {
    const auto& row = taken_[row_];
    std::size_t c = 0;
    while (c < row.size() && row[c] != TableGrid::npos) ++c;
    return c;
}

void GridBuilder::occupy(std::size_t index) {
    const GridCell& cell = cells_[index].cell;
    for (std::size_t r = cell.row; r < cell.row + cell.row_span; ++r) occupy_row(index, r);
}

void GridBuilder::occupy_row(std::size_t index, std::size_t r) {
    const GridCell& cell = cells_[index].cell;
    if (taken_.size() <= r) taken_.resize(r + 1);
    auto& row = taken_[r];
    if (row.size() < cell.column + cell.column_span) row.resize(cell.column + cell.column_span, TableGrid::npos);
    for (std::size_t c = cell.column; c < cell.column + cell.column_span; ++c)
        if (row[c] == TableGrid::npos) row[c] = index;
}

void GridBuilder::add_cell(TextRange range, std::size_t row_span, std::size_t column_span) {
    if (row_ == SIZE_MAX) begin_row();
    // Absurd spans (rowspan="65534") are clipped: they would only make empty rows.
    column_span = std::clamp<std::size_t>(column_span, 1, 1000);
    Pending p;
    p.to_end = row_span == 0;
    p.cell = GridCell{row_, next_free_column(), p.to_end ? 1 : std::min<std::size_t>(row_span, 1000), column_span, range};
    cells_.push_back(p);
    occupy(cells_.size() - 1);
}

void GridBuilder::continue_cell_above(std::size_t column_span) {
    if (row_ == SIZE_MAX || row_ == 0) return add_cell(TextRange{}, 1, column_span);
    std::size_t column = next_free_column();
    const auto& above = taken_[row_ - 1];
    if (column >= above.size() || above[column] == TableGrid::npos) {
        std::size_t at = cells_.empty() ? 0 : cells_.back().cell.range.end;
        return add_cell(TextRange{at, at}, 1, column_span);
    }
    std::size_t index = above[column];
    GridCell& cell = cells_[index].cell;
    if (cell.row + cell.row_span == row_) ++cell.row_span;
    occupy_row(index, row_);  // the rows above are taken already: a long merge stays linear
}

TableGrid GridBuilder::finish(TextRange table_range) {
    TableGrid grid;
    grid.range = table_range;
    grid.rows = row_ == SIZE_MAX ? 0 : row_ + 1;
    for (auto& p : cells_)
        if (p.to_end) p.cell.row_span = grid.rows > p.cell.row ? grid.rows - p.cell.row : 1;
    for (auto& p : cells_) grid.rows = std::max(grid.rows, std::min(p.cell.row + p.cell.row_span, grid.rows));
    for (const auto& p : cells_) grid.columns = std::max(grid.columns, p.cell.column + p.cell.column_span);
    // Origin cells in row-major order; `at` remapped to that order.
    std::vector<std::size_t> order(cells_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const GridCell &x = cells_[a].cell, &y = cells_[b].cell;
        return x.row != y.row ? x.row < y.row : x.column < y.column;
    });
    for (std::size_t i : order) grid.cells.push_back(cells_[i].cell);
    grid.at.assign(grid.rows * grid.columns, TableGrid::npos);
    for (std::size_t i = 0; i < grid.cells.size(); ++i) {
        const GridCell& c = grid.cells[i];
        for (std::size_t r = c.row; r < std::min(c.row + c.row_span, grid.rows); ++r)
            for (std::size_t k = c.column; k < c.column + c.column_span; ++k)
                if (grid.at[r * grid.columns + k] == TableGrid::npos) grid.at[r * grid.columns + k] = i;
    }
    cells_.clear();
    taken_.clear();
    row_ = SIZE_MAX;
    return grid;
}

}  // namespace gklint
