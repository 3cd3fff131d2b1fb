#include "text/column_index.h"

#include <algorithm>

namespace gklint {
namespace {

bool char_start(std::string_view text, std::size_t i) {
    return i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
}

}  // namespace

ColumnIndex::ColumnIndex(std::string_view text, const LineIndex& lines) {
    for (std::size_t line = 0; line < lines.count(); ++line) {
        const std::size_t begin = lines.line_start(line), end = lines.line_end(line);
        if (end - begin <= kStride) continue;
        Mark mark{begin, 0, 0, 0};
        for (std::size_t next = begin + kStride; next < end; next += kStride) {
            while (next < end && !char_start(text, next)) ++next;
            if (next >= end) break;
            std::string_view piece = text.substr(mark.offset, next - mark.offset);
            mark = Mark{next, count_columns(piece, ColumnUnit::CodePoint, mark.code_points),
                        count_columns(piece, ColumnUnit::Utf16, mark.utf16),
                        count_columns(piece, ColumnUnit::Display, mark.display)};
            marks_.push_back(mark);
        }
    }
}

std::size_t ColumnIndex::column(std::string_view text, std::size_t line_start, std::size_t offset,
                                ColumnUnit unit) const {
    if (unit == ColumnUnit::Byte) return offset - line_start;
    auto after = std::upper_bound(marks_.begin(), marks_.end(), offset,
                                  [](std::size_t o, const Mark& m) { return o < m.offset; });
    if (after != marks_.begin() && std::prev(after)->offset >= line_start) {
        const Mark& m = *std::prev(after);
        std::size_t start = unit == ColumnUnit::CodePoint ? m.code_points : unit == ColumnUnit::Utf16 ? m.utf16 : m.display;
        return count_columns(text.substr(m.offset, offset - m.offset), unit, start);
    }
    return count_columns(text.substr(line_start, offset - line_start), unit);
}

}  // namespace gklint
