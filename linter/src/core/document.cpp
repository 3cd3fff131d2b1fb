#include "core/document.h"

#include <algorithm>

namespace gklint {

Document::Document(std::string path, std::string bytes, std::string_view encoding)
    : path_(std::move(path)),
      bytes_(std::move(bytes)),
      decoded_(decode(bytes_, encoding)),
      lines_(decoded_.text) {}

std::string_view Document::line_text(std::size_t line) const {
    std::size_t b = lines_.line_start(line);
    return text().substr(b, lines_.line_end(line) - b);
}

Position Document::position(std::size_t text_offset, ColumnUnit unit) const {
    text_offset = std::min(text_offset, decoded_.text.size());
    // An offset inside a multi-byte character means that character: its column and
    // original offset then agree (the source map also maps to the character's start).
    while (text_offset > 0 && text_offset < decoded_.text.size() &&
           (static_cast<unsigned char>(decoded_.text[text_offset]) & 0xC0) == 0x80)
        --text_offset;
    std::size_t line = lines_.line_of(text_offset);
    std::size_t start = lines_.line_start(line);
    std::size_t in_line = std::min(text_offset, lines_.line_end(line)) - start;
    std::size_t column = count_columns(text().substr(start, in_line), unit) + 1;
    if (text_offset > lines_.line_end(line)) ++column;  // inside the terminator
    return Position{line + 1, column, decoded_.map.to_original(text_offset)};
}

}  // namespace gklint
