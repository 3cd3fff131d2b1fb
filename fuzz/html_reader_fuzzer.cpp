// libFuzzer target: bytes -> read_html (with and without report markers) -> Document.
// A page the reader refuses (InputError) is the only expected exception; anything
// else escaping is a finding. Invariants checked (abort = finding): the text map
// covers the text, grids and suppressions lie inside the text in order, grid
// positions point at real cells, and offsets resolve to positions inside the page.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/document.h"
#include "read/reader.h"

namespace {

[[noreturn]] void fail(const char* what, std::size_t a, std::size_t b) {
    std::fprintf(stderr, "html_reader_fuzzer: %s (%zu, %zu)\n", what, a, b);
    std::abort();
}

void check_range(const gklint::TextRange& r, std::size_t size, const char* what) {
    if (r.begin > r.end || r.end > size) fail(what, r.begin, r.end);
}

void check_result(const gklint::ReadResult& read) {
    const std::size_t size = read.text.size();
    if (!read.has_source) fail("no source", 0, 0);
    if (read.to_source.output_size() != size) fail("map size differs from the text", read.to_source.output_size(), size);
    std::size_t previous_end = 0;
    for (const auto& grid : read.tables) {
        check_range(grid.range, size, "table range");
        if (grid.range.begin < previous_end) fail("tables overlap", grid.range.begin, previous_end);
        previous_end = grid.range.end;
        if (grid.at.size() != grid.rows * grid.columns) fail("grid size", grid.at.size(), grid.rows * grid.columns);
        for (std::size_t index : grid.at)
            if (index != gklint::TableGrid::npos && index >= grid.cells.size()) fail("grid index", index, grid.cells.size());
        for (const auto& cell : grid.cells) {
            check_range(cell.range, size, "cell range");
            if (cell.range.begin < grid.range.begin || cell.range.end > grid.range.end)
                fail("cell outside its table", cell.range.begin, cell.range.end);
        }
    }
    for (const auto& s : read.suppressions) check_range(s.range, size, "suppression range");
}

void check_document(const gklint::Document& doc) {
    const std::size_t size = doc.text().size();
    const std::size_t step = size / 64 + 1;
    for (std::size_t offset = 0; offset <= size; offset += step) {
        for (auto unit : {gklint::ColumnUnit::CodePoint, gklint::ColumnUnit::Utf16, gklint::ColumnUnit::Byte}) {
            gklint::Position p = doc.position(offset, unit);
            if (p.line == 0 || p.column == 0 || p.original_offset > doc.original_bytes().size())
                fail("bad position", offset, p.original_offset);
        }
        auto original = doc.original_range({offset, std::min(size, offset + step)});
        if (original && (original->begin > original->end || original->end > doc.original_bytes().size()))
            fail("bad original range", original->begin, original->end);
        (void)doc.place(offset);
    }
}

void read_and_check(const std::string& bytes, const gklint::ReadOptions& options) {
    gklint::ReadResult read;
    try {
        read = gklint::read_html(bytes, options);
    } catch (const gklint::InputError&) {
        return;
    }
    check_result(read);
    gklint::Document doc("fuzz.html", bytes, std::move(read));
    check_document(doc);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    gklint::ReadOptions whole_body;
    read_and_check(bytes, whole_body);
    gklint::ReadOptions report;
    report.body_markers = {"政府信息公开工作年度报告", "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                           "行政复议", "存在的主要问题", "其他需要报告的事项"};
    read_and_check(bytes, report);
    return 0;
}
