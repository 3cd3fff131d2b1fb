#pragma once
// Tables found from column alignment: runs of lines split by column gaps form a
// table; cells go to columns by their x-positions; the lines of a long label wrapped
// around the line that has the row's values join that row.
#include <cstddef>
#include <string>
#include <vector>

#include "read/pdf/running_headers.h"

namespace gklint::pdf {

// One line of the output text: a plain line (its segments) or a table row (every
// column's cell, blank ones empty).
struct OutputLine {
    std::size_t page = 0;  // 0-based page where the line is
    std::vector<std::string> cells;
    std::size_t table = SIZE_MAX;  // index of its table, SIZE_MAX for a plain line
};

// The pages' lines in reading order, tables laid out as rows of cells.
std::vector<OutputLine> lay_out(const std::vector<PageLines>& pages);

}  // namespace gklint::pdf
