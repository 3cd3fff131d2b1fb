#pragma once
// Helpers for tests of the HTML reader.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/document.h"
#include "read/reader.h"

namespace gklint::test {

// The markers gklint passes for a report: its title word and the six section headings.
ReadOptions report_options();

// The text of the cell covering (row, column), or "<none>".
std::string cell_text(const ReadResult& read, const TableGrid& grid, std::size_t row, std::size_t column);

// A Document of `html` read by the HTML reader.
Document html_document(const std::string& html, const ReadOptions& options = {});

// Position of the first occurrence of `needle` in the document's text.
Position position_of(const Document& doc, std::string_view needle, ColumnUnit unit = ColumnUnit::CodePoint);

}  // namespace gklint::test
