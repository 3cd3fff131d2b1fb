#pragma once
// One input report: its original bytes, decoded text, lines and the map between them.
#include <cstddef>
#include <string>
#include <string_view>

#include "text/columns.h"
#include "text/decoder.h"
#include "text/line_index.h"

namespace gklint {

// A 1-based line and column, with the byte offset in the original file.
struct Position {
    std::size_t line = 1;
    std::size_t column = 1;
    std::size_t original_offset = 0;
};

class Document {
public:
    // Decodes `bytes`; throws InputError when they are not text.
    Document(std::string path, std::string bytes, std::string_view encoding = {});

    const std::string& path() const { return path_; }
    const std::string& original_bytes() const { return bytes_; }
    std::string_view text() const { return decoded_.text; }
    const std::string& encoding() const { return decoded_.encoding; }
    bool has_bom() const { return decoded_.bom; }
    const LineIndex& lines() const { return lines_; }
    const SourceMap& source_map() const { return decoded_.map; }

    std::string_view line_text(std::size_t line) const;  // 0-based, without terminator
    // Offsets past the end mean the end; offsets inside a character mean its start.
    Position position(std::size_t text_offset, ColumnUnit unit) const;

private:
    std::string path_;
    std::string bytes_;
    DecodedText decoded_;
    LineIndex lines_;
};

}  // namespace gklint
