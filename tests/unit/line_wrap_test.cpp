// Soft line breaks of hard-wrapped text: PDF text joins into paragraphs, text
// written a paragraph per line stays as it is.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "model/line_wrap.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

std::size_t line_of(const std::string& text, std::size_t offset) {
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

std::vector<std::size_t> wrapped_lines(const std::string& text) {
    std::vector<std::size_t> out;
    for (auto at : soft_line_breaks(text)) out.push_back(line_of(text, at));
    return out;
}

TEST(LineWrap, PdfTextParagraphsRunOverTheirLines) {
    std::string text = test::read_file(test::source_path("tests/fixtures/real/2024_huaian_szf.txt"));
    auto lines = wrapped_lines(text);
    // 一、总体情况 (line 11) is followed by a paragraph over lines 12–16: 12..15 wrap, 16 ends it.
    for (std::size_t l : {12u, 13u, 14u, 15u}) EXPECT_NE(std::find(lines.begin(), lines.end(), l), lines.end()) << l;
    EXPECT_EQ(std::find(lines.begin(), lines.end(), 16u), lines.end());
    EXPECT_EQ(std::find(lines.begin(), lines.end(), 11u), lines.end());  // the heading line is short
}

TEST(LineWrap, TextWrittenAParagraphPerLineHasNoSoftBreaks) {
    EXPECT_TRUE(soft_line_breaks(test::read_file(test::source_path("tests/model/reports/2021_c_liulin_town.txt"))).empty());
    EXPECT_TRUE(soft_line_breaks(test::read_file(test::source_path("examples/004_dc050822b7b0f109.txt"))).empty());
    EXPECT_TRUE(soft_line_breaks(test::read_file(test::source_path("tests/fixtures/real/2021_pingtan_zhsyq.txt"))).empty());
}

TEST(LineWrap, ShortLinesOfSimilarLengthAreNotAWrap) {
    EXPECT_TRUE(soft_line_breaks("（一）存在的问题\n1.信息更新不够及时。\n2、解读形式单一。\n（二）改进措施\n健全审核机制。\n"
                                 "（一）加强领导\n")
                    .empty());
}

TEST(LineWrap, ANumberedLineStartsItsOwnParagraph) {
    std::string text;
    for (int i = 0; i < 6; ++i) text += "这是一行被固定宽度折断的政府信息公开工作年度报告正文内容\n";
    text += "1.这是编号的一项，另起一段。\n";
    auto lines = wrapped_lines(text);
    EXPECT_EQ(lines.size(), 5u);  // lines 1..5 run on; line 6 is followed by a numbered item
    EXPECT_EQ(std::find(lines.begin(), lines.end(), 6u), lines.end());
}

}  // namespace
}  // namespace gklint
