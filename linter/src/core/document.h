#pragma once
// One input report: its original bytes, the text read from them, lines and the map
// between them. The text is what rules read; positions are where a person finds it
// in the original file (an HTML page's own lines, a Word paragraph, a PDF page).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/read_result.h"
#include "text/columns.h"
#include "text/decoder.h"
#include "text/column_index.h"
#include "text/line_index.h"

namespace gklint {

// A 1-based line and column, with the byte offset in the original file.
struct Position {
    std::size_t line = 1;
    std::size_t column = 1;
    std::size_t original_offset = 0;
};

// Where a text offset is, in the words of the format: a PDF page and its line, a
// table cell (1-based; table = the document's n-th table). Zero where it does not apply.
struct Place {
    std::size_t page = 0, page_line = 0;
    std::size_t paragraph = 0;  // DOCX: the paragraph (= the line)
    std::size_t table = 0, row = 0, column = 0;
    bool empty() const { return page == 0 && paragraph == 0 && table == 0; }
};

class Document {
public:
    // Decodes `bytes` as plain text; throws InputError when they are not text.
    Document(std::string path, std::string bytes, std::string_view encoding = {});
    // A document read by a reader (read/reader.h) from `bytes`.
    Document(std::string path, std::string bytes, ReadResult read);

    const std::string& path() const { return path_; }
    const std::string& original_bytes() const { return bytes_; }
    std::string_view text() const { return read_.text; }
    const std::string& encoding() const { return read_.encoding; }
    bool has_bom() const { return read_.bom; }
    InputFormat format() const { return read_.format; }
    // Text formats (plain, Markdown, HTML) locate findings in the file's bytes too;
    // DOCX and PDF text has no byte offsets of its own.
    bool has_byte_offsets() const { return read_.format != InputFormat::Docx && read_.format != InputFormat::Pdf; }
    const LineIndex& lines() const { return lines_; }
    const std::vector<TableGrid>& tables() const { return read_.tables; }
    const std::vector<InlineSuppression>& suppressions() const { return read_.suppressions; }
    const std::vector<ReaderFinding>& reader_findings() const { return read_.findings; }
    // Why --fix cannot write this file; empty when it can.
    const std::string& fix_refusal(bool english) const { return english ? read_.fix_refusal_en : read_.fix_refusal_zh; }

    std::string_view line_text(std::size_t line) const;  // 0-based, without terminator
    // Offsets past the end mean the end; offsets inside a character mean its start.
    Position position(std::size_t text_offset, ColumnUnit unit) const;
    Place place(std::size_t text_offset) const;
    // The original file's bytes of a text range when they are that text character
    // for character (so a fix can replace them); nullopt when markup or entities
    // stand between (an HTML fix must then not be applied).
    std::optional<TextRange> original_range(TextRange text_range) const;
    // Text offset -> offset in the position space (the HTML source, else the text).
    std::size_t source_offset(std::size_t text_offset) const;
    // Text offset -> byte offset in the original file.
    std::size_t original_offset(std::size_t text_offset) const;

private:
    std::string path_;
    std::string bytes_;
    ReadResult read_;
    LineIndex lines_;
    std::optional<LineIndex> source_lines_;
    ColumnIndex columns_, source_columns_;  // marks in long lines, for columns in constant time
};

}  // namespace gklint
