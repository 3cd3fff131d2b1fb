// libFuzzer target: bytes -> read_docx (zip, XML, paragraphs, numbering, tables, comments)
// -> Document. InputError (a file the reader refuses) is the only expected exception.
//
// Input starting with "PK" is a .docx as it is. Mutating one rarely gets past the zip's CRC
// checks, so any other input is the XML of the parts, separated by kPartSeparator, in the
// order of kParts, and is zipped here: that way the XML itself is fuzzed.
//
// Invariants checked (abort = finding): every table range, cell range and suppression range
// has begin <= end <= text size and maps to a position on an existing line; the grid's `at`
// has rows * columns entries, each npos or a cell index.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <string>
#include <string_view>

#include "core/document.h"
#include "read/reader.h"
#include "support/docx_builder.h"

namespace {

constexpr std::string_view kPartSeparator = "\n=====\n";
constexpr const char* kParts[] = {"word/document.xml", "word/numbering.xml", "word/styles.xml", "word/comments.xml"};

std::string as_docx(std::string bytes) {
    if (bytes.rfind("PK", 0) == 0) return bytes;
    gklint::test::ZipEntries entries;
    std::string_view rest = bytes;
    for (const char* part : kParts) {
        std::size_t end = std::min(rest.find(kPartSeparator), rest.size());
        entries.emplace_back(part, std::string(rest.substr(0, end)));
        if (end == rest.size()) break;
        rest.remove_prefix(end + kPartSeparator.size());
    }
    return gklint::test::make_zip(entries);
}

void check(const gklint::Document& doc, gklint::TextRange r, const char* what) {
    std::size_t size = doc.text().size();
    if (r.begin > r.end || r.end > size) {
        std::fprintf(stderr, "docx_reader_fuzzer: bad %s range [%zu, %zu) for text of %zu bytes\n", what, r.begin,
                     r.end, size);
        std::abort();
    }
    for (std::size_t offset : {r.begin, r.end}) {
        gklint::Position p = doc.position(offset, gklint::ColumnUnit::CodePoint);
        if (p.line == 0 || p.line > doc.lines().count() || p.column == 0) {
            std::fprintf(stderr, "docx_reader_fuzzer: %s offset %zu -> bad position %zu:%zu\n", what, offset, p.line,
                         p.column);
            std::abort();
        }
        (void)doc.place(offset);
    }
}

void check_grid(const gklint::Document& doc, const gklint::TableGrid& grid) {
    check(doc, grid.range, "table");
    if (grid.at.size() != grid.rows * grid.columns) {
        std::fprintf(stderr, "docx_reader_fuzzer: grid of %zu x %zu has %zu positions\n", grid.rows, grid.columns,
                     grid.at.size());
        std::abort();
    }
    for (std::size_t index : grid.at)
        if (index != gklint::TableGrid::npos && index >= grid.cells.size()) {
            std::fprintf(stderr, "docx_reader_fuzzer: grid position names cell %zu of %zu\n", index, grid.cells.size());
            std::abort();
        }
    for (const auto& cell : grid.cells) check(doc, cell.range, "cell");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes = as_docx(std::string(reinterpret_cast<const char*>(data), size));
    gklint::ReadOptions options;
    options.max_unpacked_bytes = 1u << 20;  // small, so that a deflate bomb costs milliseconds
    gklint::ReadResult read;
    try {
        read = gklint::read_docx(bytes, options);
    } catch (const gklint::InputError&) {
        return 0;
    }
    gklint::Document doc("fuzz.docx", std::move(bytes), std::move(read));
    for (const auto& grid : doc.tables()) check_grid(doc, grid);
    for (const auto& suppression : doc.suppressions()) check(doc, suppression.range, "suppression");
    for (std::size_t line = 0; line < doc.lines().count(); ++line) (void)doc.line_text(line);
    return 0;
}
