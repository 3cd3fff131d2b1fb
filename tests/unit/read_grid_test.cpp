// The reader layer's shared pieces: grids from rows of merged cells, the text
// builder's source map, input format detection, suppression comments, and how the
// report model reads a grid (cells as tokens, blank cells kept at their column).
#include <gtest/gtest.h>

#include "core/document.h"
#include "model/table_tokens.h"
#include "read/input_format.h"
#include "read/reader.h"
#include "read/suppression_directive.h"
#include "read/table_grid.h"
#include "read/text_builder.h"

namespace gklint {
namespace {

TEST(GridBuilder, ExpandsRowAndColumnSpans) {
    // | a (2 rows) | b (2 columns) |
    // |            | c     | d     |
    GridBuilder b;
    b.begin_row();
    b.add_cell({0, 1}, 2, 1);
    b.add_cell({2, 3}, 1, 2);
    b.begin_row();
    b.add_cell({4, 5});
    b.add_cell({6, 7});
    TableGrid g = b.finish({0, 7});
    ASSERT_EQ(g.rows, 2u);
    ASSERT_EQ(g.columns, 3u);
    ASSERT_EQ(g.cells.size(), 4u);
    EXPECT_EQ(g.cell_at(1, 0), g.cell_at(0, 0));  // a spans down
    EXPECT_EQ(g.cell_at(0, 1), g.cell_at(0, 2));  // b spans right
    EXPECT_EQ(g.cells[g.cell_at(1, 1)].range, (TextRange{4, 5}));
    EXPECT_EQ(g.cells[g.cell_at(1, 2)].range, (TextRange{6, 7}));
    EXPECT_EQ(g.cells[g.cell_at(1, 2)].column, 2u);
}

TEST(GridBuilder, WordVerticalMergeContinuesTheCellAbove) {
    GridBuilder b;
    b.begin_row();
    b.add_cell({0, 1});
    b.add_cell({2, 3});
    b.begin_row();
    b.continue_cell_above();
    b.add_cell({4, 5});
    TableGrid g = b.finish({0, 5});
    EXPECT_EQ(g.cells.size(), 3u);
    EXPECT_EQ(g.cells[0].row_span, 2u);
    EXPECT_EQ(g.cell_at(1, 0), 0u);
    EXPECT_EQ(g.cells[g.cell_at(1, 1)].range, (TextRange{4, 5}));
}

TEST(GridBuilder, RowspanZeroReachesTheLastRowAndAbsurdSpansAreClipped) {
    GridBuilder b;
    b.begin_row();
    b.add_cell({0, 1}, 0, 1);
    b.add_cell({1, 2}, 1, 65534);
    b.begin_row();
    b.add_cell({2, 3});
    b.begin_row();
    b.add_cell({3, 4});
    TableGrid g = b.finish({0, 4});
    EXPECT_EQ(g.rows, 3u);
    EXPECT_EQ(g.cells[0].row_span, 3u);
    EXPECT_LE(g.columns, 1001u);
    EXPECT_EQ(g.cell_at(2, 0), 0u);
    // The rows below are laid out around it, not over it.
    EXPECT_EQ(g.cells[g.cell_at(1, 1)].range, (TextRange{2, 3}));
    EXPECT_EQ(g.cells[g.cell_at(2, 1)].range, (TextRange{3, 4}));
}

TEST(TextBuilder, MapsCopiedEntityAndInsertedText) {
    TextBuilder t;
    t.copy("规章", 10);          // source [10, 16)
    t.space(16);
    t.space(17);                  // collapses
    t.replace("\xC2\xA0", 18, 6);  // &nbsp; → U+00A0
    t.end_line(30);
    t.end_line(31);               // no empty line
    t.space(40);                  // dropped at a line start
    t.copy("5", 41);
    std::string text = t.text();
    EXPECT_EQ(text, "规章 \xC2\xA0\n5");
    OffsetMap map = t.take_map();
    EXPECT_EQ(map.to_source(3), 13u);
    EXPECT_EQ(map.to_source(6), 16u);
    EXPECT_EQ(map.to_source(7), 18u);
    EXPECT_EQ(map.to_source(8), 18u);  // inside the entity: its start
    EXPECT_EQ(map.to_source(10), 41u);
    EXPECT_EQ(map.from_source(41), 10u);
}

TEST(InputFormat, ContentFirstThenExtension) {
    EXPECT_EQ(detect_input_format("a.txt", "%PDF-1.7\n"), InputFormat::Pdf);
    EXPECT_EQ(detect_input_format("a.html", std::string("PK\x03\x04", 4)), InputFormat::Docx);
    EXPECT_EQ(detect_input_format("a.txt", "\xEF\xBB\xBF  <!DOCTYPE html><html>"), InputFormat::Html);
    EXPECT_EQ(detect_input_format("a.htm", "年度报告"), InputFormat::Html);
    EXPECT_EQ(detect_input_format("a.MD", "# 年度报告"), InputFormat::Markdown);
    EXPECT_EQ(detect_input_format("a.txt", "<p>不是网页的开头"), InputFormat::Text);
    EXPECT_EQ(detect_input_format("a.docx", "not a zip"), InputFormat::Docx);  // its reader says what is wrong
    EXPECT_TRUE(has_report_extension("x/报告.SHTML"));
    EXPECT_FALSE(has_report_extension("x/报告.doc"));
    EXPECT_EQ(parse_input_format("md"), InputFormat::Markdown);
    EXPECT_FALSE(parse_input_format("word").has_value());
}

TEST(InputFormat, LegacyWordIsAClearError) {
    std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += std::string(512, '\0');
    try {
        read_input("报告.doc", ole, ReadOptions{});
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find(".docx"), std::string::npos) << e.what();
    }
}

TEST(SuppressionDirective, ParsesRulesAndKinds) {
    auto d = parse_suppression_directive("  gklint-disable-next-line table/identity, text/  ");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->kind, DirectiveKind::DisableNextLine);
    EXPECT_EQ(d->rules, (std::vector<std::string>{"table/identity", "text/"}));
    auto all = parse_suppression_directive("gklint-disable");
    ASSERT_TRUE(all);
    EXPECT_EQ(all->kind, DirectiveKind::Disable);
    EXPECT_TRUE(all->rules.empty());
    EXPECT_FALSE(parse_suppression_directive("gklint-disabled x"));
    EXPECT_FALSE(parse_suppression_directive("[if gte mso 9]"));
}

TEST(MarkdownReader, CommentDisablesTheNextLine) {
    ReadResult r = read_text("甲\n<!-- gklint-disable-next-line text/artifact -->\n王***\n乙\n", ReadOptions{}, true);
    ASSERT_EQ(r.suppressions.size(), 1u);
    EXPECT_EQ(r.text.substr(r.suppressions[0].range.begin, r.suppressions[0].range.end - r.suppressions[0].range.begin),
              "王***");
    EXPECT_EQ(r.suppressions[0].rules, (std::vector<std::string>{"text/artifact"}));
}

TEST(DocumentPositions, CountedInTheSourceWhenTheReaderHasOne) {
    // Text "甲乙" read from "<p>甲</p>\n<p>&#x4E59;</p>": 乙 is an entity on line 2.
    ReadResult r;
    r.format = InputFormat::Html;
    r.encoding = "UTF-8";
    r.has_source = true;
    r.source = "<p>甲</p>\n<p>&#x4E59;</p>";
    TextBuilder t;
    t.copy("甲", 3);
    t.replace("乙", 14, 8);
    r.text = t.text();
    r.to_source = t.take_map();
    r.to_original = SourceMap::shifted(0, r.source.size());
    Document doc("a.html", r.source, std::move(r));
    Position jia = doc.position(0, ColumnUnit::CodePoint);
    EXPECT_EQ(jia.line, 1u);
    EXPECT_EQ(jia.column, 4u);
    Position yi = doc.position(3, ColumnUnit::CodePoint);
    EXPECT_EQ(yi.line, 2u);
    EXPECT_EQ(yi.column, 4u);
    EXPECT_EQ(yi.original_offset, 14u);
    EXPECT_EQ(doc.original_range({0, 3}), (TextRange{3, 6}));  // verbatim: fixable
    EXPECT_FALSE(doc.original_range({3, 6}));                   // an entity: not
}

TEST(GridTokens, CellsAreTokensAndBlankValueCellsStayAtTheirColumn) {
    // 标签 | 1 | (blank) | 3     — a value row with a zero left blank
    // 其他 | (blank) | (blank) | (blank) — a row of blanks
    std::string text = "标签\t1\t\t3\n其他\t\t\t\n";
    GridBuilder b;
    b.begin_row();
    b.add_cell({0, 6});
    b.add_cell({7, 8});
    b.add_cell({9, 9});
    b.add_cell({10, 11});
    b.begin_row();
    b.add_cell({12, 18});
    b.add_cell({19, 19});
    b.add_cell({20, 20});
    b.add_cell({21, 21});
    std::vector<TableGrid> grids{b.finish({0, text.size()})};
    TableTokens tokens = tokenize_table(text, {0, text.size()}, grids);
    EXPECT_EQ(tokens.layout, "grid");
    ASSERT_EQ(tokens.tokens.size(), 8u);
    EXPECT_FALSE(tokens.tokens[0].is_value);
    EXPECT_EQ(tokens.tokens[1].value, 1.0);
    EXPECT_EQ(tokens.tokens[2].kind, CellKind::Blank);
    EXPECT_TRUE(tokens.tokens[2].is_value);
    EXPECT_EQ(tokens.tokens[3].value, 3.0);
    EXPECT_FALSE(tokens.tokens[4].is_value);
    for (std::size_t i = 5; i < 8; ++i) EXPECT_EQ(tokens.tokens[i].kind, CellKind::Blank) << i;
}

TEST(GridTokens, NumbersOutsideTheGridsAreNotCells) {
    std::string text = "共计12件。\n标签\t7\n";
    GridBuilder b;
    b.begin_row();
    b.add_cell({15, 21});
    b.add_cell({22, 23});
    std::vector<TableGrid> grids{b.finish({15, text.size()})};
    TableTokens tokens = tokenize_table(text, {0, text.size()}, grids);
    std::size_t values = 0;
    for (const auto& t : tokens.tokens) values += t.is_value;
    EXPECT_EQ(values, 1u);
}

}  // namespace
}  // namespace gklint

namespace gklint {
namespace {

TEST(GridTokens, AHeaderRowOverTheValueColumnsHasNoBlankValues) {
    // 行政复议 | (blank) | 行政诉讼 | (blank)   — a header as a PDF grid gives it (no spans)
    // 数值     | 1       | 2        | 3
    std::string text = "行政复议\t\t行政诉讼\t\n数值\t1\t2\t3\n";
    GridBuilder b;
    b.begin_row();
    b.add_cell({0, 12});
    b.add_cell({13, 13});
    b.add_cell({14, 26});
    b.add_cell({27, 27});
    b.begin_row();
    b.add_cell({28, 34});
    b.add_cell({35, 36});
    b.add_cell({37, 38});
    b.add_cell({39, 40});
    std::vector<TableGrid> grids{b.finish({0, text.size()})};
    TableTokens tokens = tokenize_table(text, {0, text.size()}, grids);
    std::size_t values = 0, blanks = 0;
    for (const auto& t : tokens.tokens) {
        values += t.is_value;
        blanks += t.kind == CellKind::Blank;
    }
    EXPECT_EQ(values, 3u);
    EXPECT_EQ(blanks, 0u);
}

}  // namespace
}  // namespace gklint
