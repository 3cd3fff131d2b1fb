#pragma once
// Writes the text of parsed HTML elements: one line per block, tables as grids,
// white space collapsed, every piece mapped to its place in the page source.
#include <gumbo.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/read_result.h"
#include "read/table_grid.h"
#include "read/text_builder.h"

namespace gklint {

struct TableRow {
    const GumboNode* node;
    std::size_t rows_to_group_end;  // this row and those after it in its <tbody>/<thead>/<tfoot>
};

class PageTextWriter {
public:
    // `source`: the buffer gumbo parsed (the decoded page).
    explicit PageTextWriter(std::string_view source) : source_(source) {}

    // An element and everything it holds, from a new line.
    void write(const GumboNode* element);

    // Moves the text, its map to the source, the grids and the suppressions into `result`.
    void finish(ReadResult& result);

private:
    void node(const GumboNode* node);
    void children(const GumboNode* element);
    void element(const GumboNode* element);
    void text(const GumboNode* node);
    void comment(const GumboNode* node);
    void data_table(const GumboNode* table);
    // rowspan="0" spans to the end of the row's group: the builder is told how far.
    void table_row(const TableRow& row, GridBuilder& grid, bool spans);

    void text_piece(std::string_view text, std::size_t src, std::size_t src_len, bool verbatim);
    void white_space(std::size_t src);
    void line_break(std::size_t src);
    void flush_pending(std::string_view next_text);

    std::string_view source_;
    TextBuilder out_;
    std::size_t cursor_ = 0;  // source offset of the last thing read: where inserted text goes
    bool space_pending_ = false, break_pending_ = false;
    std::size_t space_src_ = 0, break_src_ = 0;
    std::optional<std::size_t> cell_begin_;  // inside a data table's cell: where its text starts
    int preformatted_ = 0;
    std::vector<TableGrid> tables_;
    struct Directive {
        std::size_t text_offset;
        std::vector<std::string> rules;
    };
    std::vector<Directive> directives_;
};

}  // namespace gklint
