#pragma once
// Column units: how far into a line a position is, counted the way a consumer counts.
#include <cstddef>
#include <optional>
#include <string_view>

namespace gklint {

enum class ColumnUnit {
    CodePoint,  // Unicode scalar values (SARIF unicodeCodePoints, LSP utf-32)
    Utf16,      // UTF-16 code units (LSP default, JavaScript tools)
    Byte,       // UTF-8 bytes (clang, reviewdog)
    Display,    // terminal cells: wide East Asian characters and emoji count 2, tabs stop at 8
};

std::optional<ColumnUnit> parse_column_unit(std::string_view name);
std::string_view column_unit_name(ColumnUnit unit);

// Number of units in `prefix` (a line's text before the position). 0-based column.
// `start`: the column `prefix` begins at (tabs stop at multiples of 8 of the whole line).
std::size_t count_columns(std::string_view prefix, ColumnUnit unit, std::size_t start = 0);

// Terminal cells one code point occupies (0 for combining marks).
int display_width(char32_t c);

}  // namespace gklint
