#pragma once
// The shared mechanism of every statistics table: find the template's column
// labels and row labels in order in a stretch of tokens, then give each row the
// value tokens between its label and the next one, column by column.
#include <string>
#include <string_view>
#include <vector>

#include "model/label_stream.h"
#include "model/report_model.h"
#include "model/report_template.h"
#include "model/table_tokens.h"

namespace gklint {

struct RowRegion {
    std::string block;                          // table 二 block key, else empty
    const std::vector<TemplateLabel>* columns;  // value columns, in order
    const std::vector<TemplateLabel>* rows;
    std::size_t first_token = 0, last_token = 0;  // tokens [first, last)
    // Where the rows may start (bytes): a table 二 block's caption ends inside a token
    // that may hold the prose before it too (web text runs everything together).
    std::size_t begin_byte = 0;
};

// Adds the region's column and row label matches, cells, values_per_row and
// problems to `table`. Returns the number of value rows located.
std::size_t read_rows(std::string_view text, const TableTokens& tokens, const RowRegion& region, Table& table);

// Cells for `columns` from the value tokens [first, last) (split run-together digits
// when needed). Extra values become cells without a column.
void fill_row_cells(std::string_view text, const TableTokens& tokens, std::size_t first, std::size_t last,
                    const std::vector<TemplateLabel>& columns, const std::string& block, const std::string& row,
                    const std::string& row_label, TextRange row_anchor, Table& table);

}  // namespace gklint
