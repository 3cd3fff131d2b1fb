// libFuzzer target: bytes -> read_pdf (poppler, lines from geometry, running headers,
// tables from column alignment) -> Document. InputError is the only expected exception.
//
// Invariants checked (abort = finding): page starts ascend and lie inside the text; every
// table's range and cell ranges lie inside the text, cells in order and not overlapping;
// every grid position covered; Document::place of each cell start finds that table.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/document.h"
#include "read/reader.h"
#include "text/decoder.h"

namespace {

[[noreturn]] void fail(const char* what, std::size_t a, std::size_t b) {
    std::fprintf(stderr, "pdf_reader_fuzzer: %s (%zu, %zu)\n", what, a, b);
    std::abort();
}

void check_grid(const gklint::Document& doc, const gklint::TableGrid& g, std::size_t index) {
    std::size_t size = doc.text().size();
    if (g.range.begin > g.range.end || g.range.end > size) fail("table range outside the text", g.range.begin, g.range.end);
    if (g.at.size() != g.rows * g.columns) fail("grid positions", g.at.size(), g.rows * g.columns);
    std::size_t previous_end = g.range.begin;
    for (const gklint::GridCell& c : g.cells) {
        if (c.range.begin > c.range.end || c.range.begin < previous_end || c.range.end > g.range.end)
            fail("cell range out of order or outside its table", c.range.begin, c.range.end);
        previous_end = c.range.end;
        gklint::Place p = doc.place(c.range.begin);
        if (p.table != index + 1) fail("place of a cell is not its table", p.table, index + 1);
    }
    for (std::size_t at : g.at)
        if (at >= g.cells.size()) fail("grid position not covered", at, g.cells.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    gklint::ReadOptions options;
    options.max_pages = 20;
    gklint::ReadResult read;
    try {
        read = gklint::read_pdf(bytes, options);
    } catch (const gklint::InputError& e) {
        if (e.byte_offset() > size) fail("error offset past the end", e.byte_offset(), size);
        return 0;
    }
    std::size_t previous = 0;
    for (std::size_t start : read.page_starts) {
        if (start < previous || start > read.text.size()) fail("page start", start, read.text.size());
        previous = start;
    }
    gklint::Document doc("fuzz.pdf", std::move(bytes), std::move(read));
    for (std::size_t t = 0; t < doc.tables().size(); ++t) check_grid(doc, doc.tables()[t], t);
    for (std::size_t offset = 0; offset <= doc.text().size(); offset += 97) {
        gklint::Position p = doc.position(offset, gklint::ColumnUnit::CodePoint);
        if (p.line == 0 || p.line > doc.lines().count()) fail("position line", p.line, doc.lines().count());
        (void)doc.place(offset);
    }
    return 0;
}
