#pragma once
// Columns of positions in long lines without counting from the line's start each time:
// a web page's text often arrives as one line of megabytes, and a column counted from
// the start for each of its thousands of findings made output quadratic in the line's
// length. Marks every kStride bytes of a long line keep the counts so far.
#include <cstddef>
#include <string_view>
#include <vector>

#include "text/columns.h"
#include "text/line_index.h"

namespace gklint {

class ColumnIndex {
public:
    ColumnIndex() = default;
    ColumnIndex(std::string_view text, const LineIndex& lines);

    // 0-based column of `offset` (a character start) in the line that starts at `line_start`.
    std::size_t column(std::string_view text, std::size_t line_start, std::size_t offset, ColumnUnit unit) const;

private:
    static constexpr std::size_t kStride = 256;
    struct Mark {
        std::size_t offset = 0;
        std::size_t code_points = 0, utf16 = 0, display = 0;  // from the line's start to `offset`
    };
    std::vector<Mark> marks_;  // by offset; only in lines longer than kStride
};

}  // namespace gklint
