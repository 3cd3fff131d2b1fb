#pragma once
// The cells of a stretch of report text, whatever its table layout: lines split at
// '|', tabs and runs of spaces; pure numbers and placeholders become value tokens,
// everything else label text (neighbouring label pieces on a line are one token).
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "model/report_model.h"
#include "read/table_grid.h"

namespace gklint {

struct TableToken {
    TextRange range;            // in the text handed to tokenize_table
    std::size_t line = 0;       // 0-based line within that text
    bool is_value = false;
    CellKind kind = CellKind::Text;  // Number or Placeholder for values
    std::optional<double> value;
    std::string unit;           // "万元", "元" written in the cell
    bool digit_run = false;     // several digits with no separator (cells run together?)
    // In rows of cells separated by TABs or pipes: how many fields after its line's last
    // label this value stands (1 = the next field); 0 where the layout has no fields.
    std::size_t field_gap = 0;
    std::size_t label_fields = 0;  // its line's last label field + 1 (0: a line of values only)
};

struct TableTokens {
    std::vector<TableToken> tokens;
    std::string layout;  // pipe, tab, spaced, one-cell-per-line, markdown
    // The field_gap at which the rows' first values usually stand, by label_fields (rows
    // with a parent label beside their own may be padded differently): 1 in a plain copy,
    // more where merged cells left padding fields between a row's label and its values.
    std::map<std::size_t, std::size_t> value_gaps;
    std::size_t value_gap = 0;  // over all rows
    std::size_t usual_gap(const TableToken& first) const {
        auto it = value_gaps.find(first.label_fields);
        return it != value_gaps.end() ? it->second : value_gap;
    }
};

// Tokens of text[range]. Page footers ("- 3 -", "第3页") and Markdown rule rows
// are skipped. In rows of cells separated by TABs or pipes, an empty field after the
// row's label is a blank value (a zero left empty, or padding a merged cell left:
// the rows' readers tell them apart by the number of columns). Where `grids` (tables as the document states them, in the offsets
// of `text`) cover the range, their cells are the tokens: one per cell, blank cells
// of value columns kept as blank values, no guessing from the layout.
TableTokens tokenize_table(std::string_view text, TextRange range, const std::vector<TableGrid>& grids = {});

// A token's text as a value: number (full-width digits, thousands separators,
// sign, decimals, trailing 元/万元) or placeholder (/ - — 无). nullopt for text.
struct ValueText {
    CellKind kind = CellKind::Number;
    std::optional<double> value;
    std::string unit;
};
std::optional<ValueText> read_value(std::string_view cell);

}  // namespace gklint
