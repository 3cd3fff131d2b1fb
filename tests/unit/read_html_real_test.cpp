// The HTML reader on seven published report pages (tests/fixtures/html/real, the
// whole CMS page around the report): the body is found, the navigation left out,
// the statistics tables come out as grids, positions land in the page.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/document.h"
#include "read/reader.h"
#include "support/html_reading.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

struct Shape {
    std::size_t rows, columns;
    friend bool operator==(const Shape&, const Shape&) = default;
};

struct RealPage {
    const char* file;
    const char* first_line;
    std::vector<Shape> grids;  // 二 (proactive), 三 (requests), 四 (appeals)
};

// Every page has the three statistics tables as HTML tables (none is an image). The
// 2022 page misspells heading 四 (行政法复议), so headings are checked by their words.
// 2019/2020 use the 2019 format (table 二 has five blocks of rows), the others 2021's.
const RealPage kPages[] = {
    {"2019_pingtan_zhsyq.html", "平潭综合实验区2019年", {{18, 4}, {26, 10}, {4, 15}}},
    {"2020_pingtan_zhsyq.html", "平潭综合实验区2020年", {{18, 4}, {26, 10}, {5, 15}}},
    {"2021_pingtan_zhsyq.html", "平潭综合实验区2021年度政府信息公开工作年度报告", {{14, 4}, {28, 11}, {4, 15}}},
    {"2022_pingtan_zhsyq.html", "平潭综合实验区2022年度政府信息公开工作年度报告", {{14, 4}, {28, 10}, {4, 15}}},
    {"2023_pingtan_zhsyq.html", "平潭综合实验区2023年度政府信息公开工作年度报告", {{14, 4}, {28, 10}, {4, 15}}},
    {"2024_pingtan_zhsyq.html", "平潭综合实验区2024年度政府信息公开工作年度报告", {{14, 4}, {28, 10}, {4, 15}}},
    {"2025_pingtan_zhsyq.html", "平潭综合实验区2025年度政府信息公开工作年度报告", {{14, 4}, {28, 10}, {4, 15}}},
};

std::string page_bytes(const char* file) { return test::read_file(test::source_path(std::string("tests/fixtures/html/real/") + file)); }

Document read_page(const char* file) {
    std::string bytes = page_bytes(file);
    ReadResult read = read_html(bytes, test::report_options());
    return Document(file, std::move(bytes), std::move(read));
}

// The texts of a grid row, each origin cell once; `skip_label`: without the cell at column 0.
std::vector<std::string> row_values(const Document& doc, const TableGrid& grid, std::size_t row, bool skip_label) {
    std::vector<std::string> values;
    std::size_t last = skip_label ? grid.cell_at(row, 0) : TableGrid::npos;
    for (std::size_t c = 0; c < grid.columns; ++c) {
        std::size_t index = grid.cell_at(row, c);
        if (index == last || index == TableGrid::npos) continue;
        last = index;
        const TextRange& r = grid.cells[index].range;
        values.emplace_back(doc.text().substr(r.begin, r.end - r.begin));
    }
    return values;
}

std::size_t row_starting(const Document& doc, const TableGrid& grid, std::string_view label) {
    for (std::size_t r = 0; r < grid.rows; ++r) {
        const TextRange& range = grid.cells[grid.cell_at(r, 0)].range;
        if (doc.text().substr(range.begin, range.end - range.begin).find(label) != std::string_view::npos) return r;
    }
    return TableGrid::npos;
}

class HtmlReaderRealPage : public ::testing::TestWithParam<RealPage> {};

TEST_P(HtmlReaderRealPage, BodyIsTheReportWithoutNavigation) {
    Document doc = read_page(GetParam().file);
    EXPECT_EQ(doc.encoding(), "UTF-8");
    EXPECT_EQ(doc.line_text(0), GetParam().first_line);
    EXPECT_NE(doc.text().substr(0, 200).find("政府信息公开工作年度报告"), std::string_view::npos);
    for (const char* heading : {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                                "行政诉讼", "存在的主要问题及改进情况", "六、其他需要报告的事项"})
        EXPECT_NE(doc.text().find(heading), std::string_view::npos) << heading;
    for (const char* chrome : {"网站地图", "相关链接", "无障碍", "版权所有", "登录", "请输入您要搜索的内容", "分享到", "文件下载",
                               "来源：", "var "})
        EXPECT_EQ(doc.text().find(chrome), std::string_view::npos) << chrome;
}

TEST_P(HtmlReaderRealPage, StatisticsTablesAreGrids) {
    Document doc = read_page(GetParam().file);
    std::vector<Shape> shapes;
    for (const auto& grid : doc.tables()) shapes.push_back({grid.rows, grid.columns});
    EXPECT_EQ(shapes, GetParam().grids);
    // In text order, each after its section's heading, not overlapping.
    ASSERT_EQ(doc.tables().size(), 3u);
    EXPECT_LT(doc.text().find("二、主动公开政府信息情况"), doc.tables()[0].range.begin);
    EXPECT_LT(doc.text().find("三、收到和处理政府信息公开申请情况"), doc.tables()[1].range.begin);
    EXPECT_LT(doc.tables()[0].range.end, doc.tables()[1].range.begin);
    EXPECT_LT(doc.tables()[1].range.end, doc.tables()[2].range.begin);
}

TEST_P(HtmlReaderRealPage, HeadingPositionsLandOnThePageSource) {
    Document doc = read_page(GetParam().file);
    const std::string& bytes = doc.original_bytes();
    for (const char* heading : {"一、总体情况", "六、其他需要报告的事项"}) {
        Position p = test::position_of(doc, heading);
        EXPECT_EQ(bytes.substr(p.original_offset, 3), std::string(heading).substr(0, 3)) << heading;
        EXPECT_EQ(p.line, 1 + static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + p.original_offset, '\n')));
        std::size_t line_start = bytes.rfind('\n', p.original_offset - 1) + 1;
        EXPECT_EQ(p.column, 1 + static_cast<std::size_t>(std::count_if(bytes.begin() + line_start, bytes.begin() + p.original_offset,
                                                                        [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; })));
    }
}

INSTANTIATE_TEST_SUITE_P(HtmlReaderPingtan, HtmlReaderRealPage, ::testing::ValuesIn(kPages),
                         [](const auto& info) { return std::string("y") + std::string(info.param.file).substr(0, 4); });

// Checked by hand against the text copy (tests/…/real/2024_pingtan_zhsyq.txt in the shared
// corpus): 一、本年新收 217 1 0 0 0 0 218; table 四: 2 1 3 1 7 | 0 0 0 0 0 | 13 2 4 0 19.
TEST(HtmlReaderRealPage2024, CellValuesMatchThePublishedText) {
    Document doc = read_page("2024_pingtan_zhsyq.html");
    ASSERT_EQ(doc.tables().size(), 3u);
    const TableGrid& requests = doc.tables()[1];
    std::size_t received = row_starting(doc, requests, "一、本年新收政府信息公开申请数量");
    ASSERT_NE(received, TableGrid::npos);
    EXPECT_EQ(row_values(doc, requests, received, true), (std::vector<std::string>{"217", "1", "0", "0", "0", "0", "218"}));
    const TableGrid& appeals = doc.tables()[2];
    EXPECT_EQ(row_values(doc, appeals, appeals.rows - 1, false),
              (std::vector<std::string>{"2", "1", "3", "1", "7", "0", "0", "0", "0", "0", "13", "2", "4", "0", "19"}));
}

TEST(HtmlReaderRealPage2020, WordExportedCellsKeepTheirLineBreaks) {
    Document doc = read_page("2020_pingtan_zhsyq.html");
    ASSERT_EQ(doc.tables().size(), 3u);
    const TableGrid& proactive = doc.tables()[0];
    const TextRange& r = proactive.cells[proactive.cell_at(1, 1)].range;
    EXPECT_EQ(doc.text().substr(r.begin, r.end - r.begin), "本年新\n制作数量");
}

}  // namespace
}  // namespace gklint
