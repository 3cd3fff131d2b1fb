#include "support/html_reading.h"

#include <gtest/gtest.h>

namespace gklint::test {

ReadOptions report_options() {
    ReadOptions options;
    options.body_markers = {"政府信息公开工作年度报告",   "总体情况",         "主动公开政府信息情况",
                            "收到和处理政府信息公开申请情况", "行政复议、行政诉讼情况", "存在的主要问题及改进情况",
                            "其他需要报告的事项"};
    return options;
}

std::string cell_text(const ReadResult& read, const TableGrid& grid, std::size_t row, std::size_t column) {
    std::size_t index = grid.cell_at(row, column);
    if (index == TableGrid::npos) return "<none>";
    const TextRange& r = grid.cells[index].range;
    return read.text.substr(r.begin, r.end - r.begin);
}

Document html_document(const std::string& html, const ReadOptions& options) {
    return Document("page.html", html, read_html(html, options));
}

Position position_of(const Document& doc, std::string_view needle, ColumnUnit unit) {
    std::size_t at = doc.text().find(needle);
    EXPECT_NE(at, std::string_view::npos) << "not in the text: " << needle;
    return doc.position(at, unit);
}

}  // namespace gklint::test
