#include "core/document.h"

#include <algorithm>

#include "read/reader.h"

namespace gklint {
namespace {

std::size_t char_start(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    while (offset > 0 && offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) --offset;
    return offset;
}

Position position_in(std::string_view text, const LineIndex& lines, const ColumnIndex& columns, std::size_t offset,
                     ColumnUnit unit) {
    std::size_t line = lines.line_of(offset);
    std::size_t start = lines.line_start(line);
    std::size_t column = columns.column(text, start, std::min(offset, lines.line_end(line)), unit) + 1;
    if (offset > lines.line_end(line)) ++column;  // inside the terminator
    return Position{line + 1, column, 0};
}

}  // namespace

Document::Document(std::string path, std::string bytes, std::string_view encoding)
    : path_(std::move(path)), bytes_(std::move(bytes)) {
    ReadOptions options;
    options.encoding = std::string(encoding);
    read_ = read_text(bytes_, options, false);
    lines_ = LineIndex(read_.text);
    columns_ = ColumnIndex(read_.text, lines_);
}

Document::Document(std::string path, std::string bytes, ReadResult read)
    : path_(std::move(path)), bytes_(std::move(bytes)), read_(std::move(read)), lines_(read_.text) {
    columns_ = ColumnIndex(read_.text, lines_);
    if (read_.has_source) {
        source_lines_.emplace(read_.source);
        source_columns_ = ColumnIndex(read_.source, *source_lines_);
    }
}

std::string_view Document::line_text(std::size_t line) const {
    std::size_t b = lines_.line_start(line);
    return text().substr(b, lines_.line_end(line) - b);
}

std::size_t Document::source_offset(std::size_t text_offset) const {
    if (!read_.has_source) return std::min(text_offset, read_.text.size());
    return std::min(read_.to_source.to_source(std::min(text_offset, read_.text.size())), read_.source.size());
}

std::size_t Document::original_offset(std::size_t text_offset) const {
    return read_.to_original.to_original(source_offset(char_start(read_.text, text_offset)));
}

Position Document::position(std::size_t text_offset, ColumnUnit unit) const {
    // An offset inside a multi-byte character means that character: its column and
    // original offset then agree (the source map also maps to the character's start).
    text_offset = char_start(read_.text, text_offset);
    if (!read_.has_source) {
        Position p = position_in(read_.text, lines_, columns_, text_offset, unit);
        p.original_offset = read_.to_original.to_original(text_offset);
        return p;
    }
    std::size_t at = char_start(read_.source, source_offset(text_offset));
    Position p = position_in(read_.source, *source_lines_, source_columns_, at, unit);
    p.original_offset = read_.to_original.to_original(at);
    return p;
}

Place Document::place(std::size_t text_offset) const {
    Place place;
    text_offset = std::min(text_offset, read_.text.size());
    if (read_.format == InputFormat::Docx) place.paragraph = lines_.line_of(text_offset) + 1;
    if (!read_.page_starts.empty()) {
        auto it = std::upper_bound(read_.page_starts.begin(), read_.page_starts.end(), text_offset);
        if (it != read_.page_starts.begin()) {
            std::size_t page = static_cast<std::size_t>(it - read_.page_starts.begin());
            place.page = page;
            place.page_line = lines_.line_of(text_offset) - lines_.line_of(read_.page_starts[page - 1]) + 1;
        }
    }
    for (std::size_t t = 0; t < read_.tables.size(); ++t) {
        const TableGrid& grid = read_.tables[t];
        if (text_offset < grid.range.begin || text_offset > grid.range.end) continue;
        std::size_t cell = grid.cell_holding(text_offset);
        if (cell == TableGrid::npos) continue;
        // The innermost table holding it: nested tables come after the table around them.
        place.table = t + 1;
        place.row = grid.cells[cell].row + 1;
        place.column = grid.cells[cell].column + 1;
    }
    return place;
}

std::optional<TextRange> Document::original_range(TextRange r) const {
    if (r.end < r.begin || r.end > read_.text.size()) return std::nullopt;
    if (!read_.fix_refusal_en.empty()) return std::nullopt;
    if (!read_.has_source)
        return TextRange{read_.to_original.to_original(r.begin), read_.to_original.to_original(r.end)};
    TextRange source = read_.to_source.to_source(r);
    // Verbatim only: the source says exactly the text (no entity, no tag in between).
    if (source.end - source.begin != r.end - r.begin) return std::nullopt;
    if (std::string_view(read_.source).substr(source.begin, source.end - source.begin) !=
        std::string_view(read_.text).substr(r.begin, r.end - r.begin))
        return std::nullopt;
    return TextRange{read_.to_original.to_original(source.begin), read_.to_original.to_original(source.end)};
}

}  // namespace gklint
