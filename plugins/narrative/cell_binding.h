#pragma once
// Prose counts bound to table cells (narrative/table-mismatch).
#include <set>
#include <string>

#include "common.h"

namespace narrative {

// A sum of table cells, with where they are for the note.
struct Cells {
    double value = 0;
    gklint_range range{0, 0};
    std::string label_zh, label_en;
    bool several = false;  // a sum over more than one cell; the range is the first's
};

// The note at the table cell: its value, or that it is the first of several added up.
std::string cell_note(const Context& ctx, const Cells& c);

// Every count in the prose next to a row or column name of tables 二, 三, 四, against that
// cell. Numbers already reported (normalised offsets in `reported`) are skipped; reported
// ones are added.
void bind_table_cells(const Report& r, std::set<std::size_t>& reported);

}  // namespace narrative
