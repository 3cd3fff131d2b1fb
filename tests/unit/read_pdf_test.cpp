// The PDF reader on the three published reports (tests/fixtures/pdf/real), a report
// printed by LibreOffice and bad input (tests/fixtures/pdf/make_fixtures.py): pages,
// running footers, the statistics tables as grids (cell values checked by hand against
// the PDFs), wrapped labels, places, and the errors and findings for unreadable files.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/document.h"
#include "read/pdf/running_headers.h"
#include "read/reader.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

std::string fixture(const std::string& name) { return test::read_file(test::source_path("tests/fixtures/pdf/" + name)); }

const ReadResult& read_fixture(const std::string& name) {
    static std::map<std::string, ReadResult> cache;
    auto it = cache.find(name);
    if (it == cache.end()) it = cache.emplace(name, read_pdf(fixture(name), ReadOptions{})).first;
    return it->second;
}

std::string cell(const ReadResult& r, const TableGrid& g, std::size_t row, std::size_t column) {
    std::size_t i = g.cell_at(row, column);
    if (i == TableGrid::npos) return "<none>";
    TextRange range = g.cells[i].range;
    return r.text.substr(range.begin, range.end - range.begin);
}

// The row's cells from `first` on.
std::vector<std::string> row_cells(const ReadResult& r, const TableGrid& g, std::size_t row, std::size_t first) {
    std::vector<std::string> out;
    for (std::size_t c = first; c < g.columns; ++c) out.push_back(cell(r, g, row, c));
    return out;
}

struct Found {
    const TableGrid* grid = nullptr;
    std::size_t row = 0, column = 0;
};

// The cell whose text is `text`, in any grid.
Found find_cell(const ReadResult& r, const std::string& text) {
    for (const TableGrid& g : r.tables)
        for (std::size_t row = 0; row < g.rows; ++row)
            for (std::size_t c = 0; c < g.columns; ++c)
                if (cell(r, g, row, c) == text) return {&g, row, c};
    return {};
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string::npos) end = text.size();
        lines.push_back(text.substr(at, end - at));
        at = end + 1;
    }
    return lines;
}

using Row = std::vector<std::string>;

struct RealPdf {
    const char* file;
    std::size_t pages;
    const char* page2_starts_with;
    // The statistics tables: 依申请 and 复议诉讼 grids' shapes.
    std::size_t request_rows, request_columns, appeal_rows;
    Row new_requests;  // 一、本年新收政府信息公开申请数量: the seven values
    Row total;         // （七）总计
    Row appeals;       // the 复议诉讼 table's value row
    const char* wrapped_label;  // a label wrapped over lines in the PDF, joined
    Row wrapped_values;
};

const RealPdf kReal[] = {
    {"real/2023_hongze_qzf.pdf", 5, "级审核、先审后发”程序", 28, 10, 7,
     {"21", "0", "0", "0", "0", "0", "21"}, {"21", "0", "0", "0", "0", "0", "21"},
     {"10", "1", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0", "0"},
     "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", {"4", "0", "0", "0", "0", "0", "4"}},
    {"real/2024_hongze_qzf.pdf", 5, "（三）政府信息管理情况。", 28, 10, 7,
     {"95", "0", "0", "0", "0", "0", "95"}, {"95", "0", "0", "0", "0", "0", "95"},
     {"1", "1", "0", "0", "2", "1", "0", "0", "0", "1", "2", "0", "1", "0", "3"},
     "5.要求行政机关确认或重新出具已获取信息", {"0", "0", "0", "0", "0", "0", "0"}},
    {"real/2024_huaian_szf.pdf", 6, "营商环境高质量推进产业发展", 32, 10, 9,
     {"3001", "53", "0", "0", "61", "4", "3119"}, {"2932", "53", "0", "0", "61", "4", "3050"},
     {"72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20"},
     "1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", {"67", "3", "0", "0", "1", "0", "71"}},
};

class PdfReaderReal : public ::testing::TestWithParam<RealPdf> {};

TEST_P(PdfReaderReal, PagesStartWhereTheirTextStarts) {
    const RealPdf& p = GetParam();
    const ReadResult& r = read_fixture(p.file);
    EXPECT_EQ(r.format, InputFormat::Pdf);
    EXPECT_EQ(r.encoding, "PDF");
    ASSERT_EQ(r.page_starts.size(), p.pages);
    EXPECT_EQ(r.page_starts[0], 0u);
    for (std::size_t i = 1; i < r.page_starts.size(); ++i) {
        EXPECT_LT(r.page_starts[i - 1], r.page_starts[i]);
        EXPECT_EQ(r.text[r.page_starts[i] - 1], '\n') << "page " << i + 1 << " starts mid-line";
    }
    EXPECT_EQ(r.text.compare(r.page_starts[1], std::string(p.page2_starts_with).size(), p.page2_starts_with), 0)
        << r.text.substr(r.page_starts[1], 60);
    EXPECT_TRUE(r.findings.empty());
    EXPECT_FALSE(r.fix_refusal_en.empty());
    EXPECT_FALSE(r.fix_refusal_zh.empty());
}

TEST_P(PdfReaderReal, RunningFootersAreGone) {
    const ReadResult& r = read_fixture(GetParam().file);
    for (const std::string& line : lines_of(r.text)) EXPECT_FALSE(pdf::is_page_number(line)) << line;
    for (const char* footer : {"-1-", "-2-", "-3-", "-4-", "-5-"}) EXPECT_EQ(r.text.find(footer), std::string::npos);
}

TEST_P(PdfReaderReal, TextHoldsTheSixSectionHeadings) {
    const ReadResult& r = read_fixture(GetParam().file);
    std::vector<std::string> lines = lines_of(r.text);
    for (const char* heading : {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                                "六、其他需要报告的事项"})
        EXPECT_NE(std::find(lines.begin(), lines.end(), heading), lines.end()) << heading;
}

TEST_P(PdfReaderReal, ProactiveTableIsFourGridsOneForEachArticle20Item) {
    const ReadResult& r = read_fixture(GetParam().file);
    ASSERT_EQ(r.tables.size(), 6u);
    EXPECT_EQ(r.tables[0].rows, 3u);
    EXPECT_EQ(r.tables[0].columns, 4u);
    EXPECT_EQ(row_cells(r, r.tables[0], 0, 0), (Row{"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}));
    EXPECT_EQ(cell(r, r.tables[0], 1, 0), "规章");
    EXPECT_EQ(cell(r, r.tables[0], 2, 0), "行政规范性文件");
    EXPECT_EQ(cell(r, r.tables[1], 1, 0), "行政许可");
    EXPECT_EQ(cell(r, r.tables[2], 1, 0), "行政处罚");
    EXPECT_EQ(cell(r, r.tables[2], 2, 0), "行政强制");
    EXPECT_EQ(cell(r, r.tables[3], 0, 1), "本年收费金额（单位：万元）");
    EXPECT_EQ(cell(r, r.tables[3], 1, 0), "行政事业性收费");
    for (std::size_t t = 1; t < 4; ++t) EXPECT_EQ(r.tables[t].columns, 2u);
}

TEST_P(PdfReaderReal, RequestTableIsOneGridAcrossThePageBreak) {
    const RealPdf& p = GetParam();
    const ReadResult& r = read_fixture(p.file);
    ASSERT_EQ(r.tables.size(), 6u);
    const TableGrid& g = r.tables[4];
    EXPECT_EQ(g.rows, p.request_rows);
    EXPECT_EQ(g.columns, p.request_columns);
    std::size_t pages_inside = 0;
    for (std::size_t start : r.page_starts) pages_inside += start > g.range.begin && start < g.range.end;
    EXPECT_EQ(pages_inside, 1u);

    Found first = find_cell(r, "一、本年新收政府信息公开申请数量");
    ASSERT_EQ(first.grid, &g);
    EXPECT_EQ(row_cells(r, g, first.row, g.columns - 7), p.new_requests);
    Found total = find_cell(r, "（七）总计");
    ASSERT_EQ(total.grid, &g);
    EXPECT_EQ(row_cells(r, g, total.row, g.columns - 7), p.total);
    Found last = find_cell(r, "四、结转下年度继续办理");
    ASSERT_EQ(last.grid, &g);
    EXPECT_EQ(last.row, g.rows - 1);
    // Every item label from 1.属于国家秘密 to 8.属于行政查询事项 is a cell of its own row.
    std::size_t previous_row = 0;
    for (const char* item : {"1.属于国家秘密", "4.保护第三方合法权益", "8.属于行政查询事项",
                             "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"}) {
        Found f = find_cell(r, item);
        ASSERT_EQ(f.grid, &g) << item;
        EXPECT_GT(f.row, previous_row) << item;
        previous_row = f.row;
    }
}

TEST_P(PdfReaderReal, WrappedLongLabelIsOneCellOfTheRowWithTheValues) {
    const RealPdf& p = GetParam();
    const ReadResult& r = read_fixture(p.file);
    Found f = find_cell(r, p.wrapped_label);
    ASSERT_NE(f.grid, nullptr) << p.wrapped_label;
    EXPECT_EQ(row_cells(r, *f.grid, f.row, f.grid->columns - 7), p.wrapped_values);
}

TEST_P(PdfReaderReal, AppealTableValuesAreOneRowOfFifteen) {
    const RealPdf& p = GetParam();
    const ReadResult& r = read_fixture(p.file);
    ASSERT_EQ(r.tables.size(), 6u);
    const TableGrid& g = r.tables[5];
    EXPECT_EQ(g.rows, p.appeal_rows);
    ASSERT_EQ(g.columns, 15u);
    EXPECT_EQ(row_cells(r, g, g.rows - 1, 0), p.appeals);
    Found review = find_cell(r, "行政复议");
    EXPECT_EQ(review.grid, &g);
    Found suit = find_cell(r, "行政诉讼");
    EXPECT_EQ(suit.grid, &g);
}

TEST_P(PdfReaderReal, GridCellsAreTheTabSeparatedFieldsOfTheirRowLines) {
    const ReadResult& r = read_fixture(GetParam().file);
    for (const TableGrid& g : r.tables) {
        ASSERT_EQ(g.cells.size(), g.rows * g.columns);  // no spans
        for (const GridCell& c : g.cells) {
            ASSERT_LE(c.range.end, r.text.size());
            char before = c.range.begin == 0 ? '\n' : r.text[c.range.begin - 1];
            char after = r.text[c.range.end];
            EXPECT_EQ(before, c.column == 0 ? '\n' : '\t');
            EXPECT_EQ(after, c.column + 1 == g.columns ? '\n' : '\t');
        }
        EXPECT_EQ(g.range.begin, g.cells.front().range.begin);
        EXPECT_EQ(g.range.end, g.cells.back().range.end);
    }
}

INSTANTIATE_TEST_SUITE_P(PdfReader, PdfReaderReal, ::testing::ValuesIn(kReal),
                         [](const auto& info) { return std::string(info.param.file).substr(5, 15); });

TEST(PdfReaderPlace, GivesThePageAndTheLineInThePage) {
    std::string bytes = fixture("real/2023_hongze_qzf.pdf");
    Document doc("2023_hongze_qzf.pdf", bytes, read_pdf(bytes, ReadOptions{}));
    std::string_view text = doc.text();
    Place second = doc.place(text.find("级审核、先审后发"));
    EXPECT_EQ(second.page, 2u);
    EXPECT_EQ(second.page_line, 1u);
    Place last = doc.place(text.find("六、其他需要报告的事项"));
    EXPECT_EQ(last.page, 5u);
    EXPECT_EQ(last.page_line, 3u);  // after two lines ending page 4's paragraph
    Place title = doc.place(text.find("洪泽区人民政府"));
    EXPECT_EQ(title.page, 1u);
    EXPECT_EQ(title.page_line, 1u);
    Place value = doc.place(text.find("7730.28"));
    EXPECT_EQ(value.page, 3u);
    EXPECT_EQ(value.table, 4u);
    EXPECT_EQ(value.row, 2u);
    EXPECT_EQ(value.column, 2u);
    // LINE counts over the whole text: the heading's line number is its line in the text.
    Position pos = doc.position(text.find("六、其他需要报告的事项"), ColumnUnit::CodePoint);
    EXPECT_EQ(doc.line_text(pos.line - 1), "六、其他需要报告的事项");
}

TEST(PdfReaderClean, LibreOfficeReportHasItsTablesAsGrids) {
    const ReadResult& r = read_fixture("clean_report.pdf");
    EXPECT_EQ(r.page_starts.size(), 3u);
    EXPECT_EQ(r.text.rfind("临河县青石镇人民政府 2021 年政府信息公开工作年度报告\n", 0), 0u) << r.text.substr(0, 80);
    Found total = find_cell(r, "（七）总计");
    ASSERT_NE(total.grid, nullptr);
    EXPECT_EQ(row_cells(r, *total.grid, total.row, total.grid->columns - 7), (Row{"23", "6", "4", "3", "5", "4", "45"}));
    Found wrapped = find_cell(r, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
    ASSERT_EQ(wrapped.grid, total.grid);
    EXPECT_EQ(cell(r, *wrapped.grid, wrapped.row, wrapped.grid->columns - 1), "1");
    Found rule = find_cell(r, "规章");
    ASSERT_NE(rule.grid, nullptr);
    EXPECT_EQ(row_cells(r, *rule.grid, rule.row, 1), (Row{"0", "0", "0"}));
}

TEST(PdfReaderTiny, TableFromCoordinatesAndPageNumberDropped) {
    const ReadResult& r = read_fixture("tiny_table.pdf");
    EXPECT_EQ(r.text, "Annual report\nItem\tCount\tTotal\nRequests\t12\t15\nAppeals\t3\t4\n");
    ASSERT_EQ(r.tables.size(), 1u);
    EXPECT_EQ(r.tables[0].rows, 3u);
    EXPECT_EQ(r.tables[0].columns, 3u);
    EXPECT_EQ(cell(r, r.tables[0], 2, 2), "4");
    EXPECT_EQ(r.tables[0].range, (TextRange{14, 57}));
}

// A PDF of `pages` empty pages, with a correct cross-reference table.
std::string empty_pages_pdf(std::size_t pages) {
    std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>"};
    std::string kids;
    for (std::size_t i = 0; i < pages; ++i) kids += std::to_string(i + 3) + " 0 R ";
    objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>");
    for (std::size_t i = 0; i < pages; ++i) objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t o : offsets) {
        std::string n = std::to_string(o);
        pdf += std::string(10 - n.size(), '0') + n + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

struct BadInput {
    const char* name;
    std::string bytes;
    std::size_t max_pages;
    const char* message;  // part of the InputError's message
};

class PdfReaderBadInput : public ::testing::TestWithParam<BadInput> {};

TEST_P(PdfReaderBadInput, IsRefusedWithAClearMessage) {
    const BadInput& b = GetParam();
    ReadOptions options;
    options.max_pages = b.max_pages;
    try {
        read_pdf(b.bytes, options);
        FAIL() << "no InputError";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find(b.message), std::string::npos) << e.what();
        EXPECT_LE(e.byte_offset(), b.bytes.size());
    }
}

INSTANTIATE_TEST_SUITE_P(
    PdfReader, PdfReaderBadInput,
    ::testing::Values(BadInput{"empty", "", 500, "empty"},
                      BadInput{"not_a_pdf", "本报告由洪泽区人民政府办公室编制。\n", 500, "not a PDF"},
                      BadInput{"truncated", fixture("truncated.pdf"), 500, "truncated"},
                      BadInput{"corrupt", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\n%%EOF\n", 500, "corrupt"},
                      BadInput{"encrypted", fixture("encrypted.pdf"), 500, "encrypted"},
                      // Found by the fuzzer: poppler 22.12 crashes on its fonts (TextFontInfo::matches);
                      // poppler runs in gklint-pdf-words, so this is an input error, not a crash.
                      BadInput{"crashes_poppler", fixture("broken/crashes_poppler.pdf"), 500,
                               "the PDF reader (poppler) crashed on it"},
                      BadInput{"too_many_pages", empty_pages_pdf(2000), 500,
                               "the PDF has 2000 pages; the limit is 500 (--max-pages)"},
                      BadInput{"over_a_lower_cap", fixture("real/2023_hongze_qzf.pdf"), 4,
                               "has 5 pages; the limit is 4"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(PdfReaderNoTextLayer, IsAFindingAndAnEmptyText) {
    ReadResult r = read_pdf(fixture("image_only.pdf"), ReadOptions{});
    EXPECT_TRUE(r.text.empty());
    EXPECT_TRUE(r.tables.empty());
    EXPECT_EQ(r.page_starts, std::vector<std::size_t>{0});
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(r.findings[0].rule_id, "input/no-text-layer");
    EXPECT_EQ(r.findings[0].severity, Severity::Error);
    EXPECT_EQ(r.findings[0].range, (TextRange{0, 0}));
    EXPECT_NE(r.findings[0].message_en.find("no text layer"), std::string::npos);
    EXPECT_NE(r.findings[0].message_zh.find("OCR"), std::string::npos);
}

TEST(PdfReaderNoTextLayer, EmptyPagesUnderTheCapAreNoTextLayerToo) {
    ReadResult r = read_pdf(empty_pages_pdf(3), ReadOptions{});
    EXPECT_EQ(r.page_starts.size(), 3u);
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(r.findings[0].rule_id, "input/no-text-layer");
}

TEST(PdfReaderInput, ReadInputDetectsAPdfByItsHeader) {
    std::string bytes = fixture("real/2024_hongze_qzf.pdf");
    ReadResult r = read_input("report.bin", bytes, ReadOptions{});
    EXPECT_EQ(r.format, InputFormat::Pdf);
    EXPECT_EQ(r.page_starts.size(), 5u);
}

TEST(PdfReaderPageNumber, RecognisesThePageNumberForms) {
    for (const char* yes : {"-1-", "- 2 -", "— 3 —", "第1页", "第 1 页 共 5 页", "1/5", "12", "－4－"})
        EXPECT_TRUE(pdf::is_page_number(yes)) << yes;
    for (const char* no : {"一、总体情况", "2023 年", "1.属于国家秘密", "第二十条", "0517-87222589", "", "第页"})
        EXPECT_FALSE(pdf::is_page_number(no)) << no;
}

}  // namespace
}  // namespace gklint
