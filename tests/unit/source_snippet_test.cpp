// The pieces of the human format: the quoted line and its underline, one-line message
// text, fix help wording, and the format factory.
#include <gtest/gtest.h>

#include <string>

#include "core/document.h"
#include "output/display_text.h"
#include "output/fix_help.h"
#include "output/formatter.h"
#include "output/source_snippet.h"

namespace gklint {
namespace {

TextRange find(const Document& doc, std::string_view needle) {
    std::size_t at = doc.text().find(needle);
    EXPECT_NE(at, std::string_view::npos) << needle;
    return TextRange{at, at + needle.size()};
}

TEST(SourceSnippet, UnderlinesWideCharactersWithTwoCellsEach) {
    Document doc("a.txt", "a第二条b\n");
    SourceSnippet s = render_snippet(doc, find(doc, "第二"), 4);
    EXPECT_EQ(s.line, 0u);
    EXPECT_EQ(s.source, "a第二条b");
    EXPECT_EQ(s.underline, " ^~~~");
}

TEST(SourceSnippet, CopiesTabsBeforeTheRangeAndMeasuresTabsInsideIt) {
    Document indented("a.txt", "\tx\ty\n");
    // Lead of 5 cells: the first TAB ends at cell 8, x takes cell 8, the second TAB 9..15, y 16.
    EXPECT_EQ(render_snippet(indented, find(indented, "x\ty"), 5).underline, "\t^" + std::string(8, '~'));

    // A TAB inside the range is as wide as the terminal shows it after the gutter.
    Document inner("a.txt", "x\ty\n");
    TextRange all = find(inner, "x\ty");
    EXPECT_EQ(render_snippet(inner, all, 0).underline, "^" + std::string(8, '~'));   // x, TAB 1..7, y
    EXPECT_EQ(render_snippet(inner, all, 5).underline, "^" + std::string(3, '~'));   // x, TAB 6..7, y
    EXPECT_EQ(render_snippet(inner, all, 7).underline, "^" + std::string(9, '~'));   // x, TAB 8..15, y
}

TEST(SourceSnippet, AnEmptyRangeGetsOneCaret) {
    Document doc("a.txt", "甲乙");
    EXPECT_EQ(render_snippet(doc, TextRange{3, 3}, 0).underline, "  ^");
    EXPECT_EQ(render_snippet(doc, TextRange{6, 6}, 0).underline, "    ^");  // end of file
    EXPECT_EQ(render_snippet(doc, TextRange{0, 0}, 0).underline, "^");
}

TEST(SourceSnippet, ARangeOverALineBreakStopsAtTheEndOfItsFirstLine) {
    Document doc("a.txt", "甲乙\r\n丙丁\r\n");
    SourceSnippet s = render_snippet(doc, find(doc, "乙\r\n丙"), 0);
    EXPECT_EQ(s.line, 0u);
    EXPECT_EQ(s.source, "甲乙");
    EXPECT_EQ(s.underline, "  ^~");
    // A range starting on the line break points just after the line's text.
    SourceSnippet at_break = render_snippet(doc, find(doc, "\r\n丙"), 0);
    EXPECT_EQ(at_break.line, 0u);
    EXPECT_EQ(at_break.underline, "    ^");
}

TEST(SourceSnippet, ALoneCarriageReturnEndsTheQuotedLine) {
    Document doc("a.txt", "甲乙\r丙丁\r");
    SourceSnippet s = render_snippet(doc, find(doc, "丁"), 0);
    EXPECT_EQ(s.line, 1u);
    EXPECT_EQ(s.source, "丙丁");
    EXPECT_EQ(s.underline, "  ^~");
}

TEST(SourceSnippet, ControlAndBidiCharactersAreShownAsReplacementCharacters) {
    Document doc("a.txt", "甲\v乙\xE2\x80\xAE丙\n");  // VT and RIGHT-TO-LEFT OVERRIDE
    SourceSnippet s = render_snippet(doc, find(doc, "丙"), 0);
    EXPECT_EQ(s.source, "甲\xEF\xBF\xBD乙\xEF\xBF\xBD丙");
    EXPECT_EQ(s.underline, "      ^~");
}

TEST(SourceSnippet, CombiningMarksTakeNoCells) {
    Document doc("a.txt", "e\xCC\x81x\n");  // e + COMBINING ACUTE ACCENT, then x
    EXPECT_EQ(render_snippet(doc, find(doc, "x"), 0).underline, " ^");
    EXPECT_EQ(render_snippet(doc, find(doc, "e\xCC\x81"), 0).underline, "^");
}

TEST(SourceSnippet, LongLinesAreCutAroundTheRange) {
    std::string line(300, 'a');
    line.replace(200, 3, "XYZ");
    Document doc("a.txt", line + "\n");
    SourceSnippet s = render_snippet(doc, find(doc, "XYZ"), 0, 40);
    EXPECT_EQ(s.source.substr(0, 3), "...");
    EXPECT_EQ(s.source.substr(s.source.size() - 3), "...");
    EXPECT_LE(s.source.size(), 40u);
    std::size_t caret = s.underline.find('^');
    EXPECT_EQ(s.source.substr(caret, 3), "XYZ");
    EXPECT_EQ(s.underline.substr(caret), "^~~");
}

TEST(SourceSnippet, LongRangesAreClippedToTheWindow) {
    std::string line = std::string(50, 'a') + std::string(200, 'b');
    Document doc("a.txt", line);
    SourceSnippet s = render_snippet(doc, TextRange{50, 250}, 0, 40);
    std::size_t caret = s.underline.find('^');
    EXPECT_EQ(s.source[caret], 'b');
    EXPECT_EQ(s.source.size(), s.underline.size() + 3);  // "..." after the underline's end
}

TEST(SourceSnippet, TheEndOfALongLineShowsTheTextBeforeIt) {
    std::string line(300, 'a');
    Document doc("a.txt", line + "\nnext");
    SourceSnippet s = render_snippet(doc, TextRange{300, 300}, 0, 40);
    EXPECT_EQ(s.source.substr(0, 3), "...");
    EXPECT_NE(s.source.substr(s.source.size() - 3), "...");
    EXPECT_EQ(s.underline.size(), s.source.size() + 1);
    EXPECT_EQ(s.underline.back(), '^');
}

TEST(SourceSnippet, TabsInCutLinesBecomeSpaces) {
    std::string line = "\t" + std::string(200, 'a') + "X";
    Document doc("a.txt", line);
    SourceSnippet s = render_snippet(doc, find(doc, "X"), 0, 40);
    EXPECT_EQ(s.source.find('\t'), std::string::npos);
    EXPECT_EQ(s.source[s.underline.find('^')], 'X');
}

TEST(DisplayText, SingleLineJoinsLineBreaksAndReplacesControls) {
    EXPECT_EQ(single_line("第一行\n第二行\r\n\r\n第三行\r第四行"), "第一行 第二行 第三行 第四行");
    EXPECT_EQ(single_line("a\tb"), "a b");
    EXPECT_EQ(single_line("a\x1b[31mb"), "a\xEF\xBF\xBD[31mb");
    EXPECT_EQ(single_line("a\xE2\x80\xA8" "b"), "a b");  // LINE SEPARATOR
    EXPECT_EQ(single_line("bad \xFF byte"), "bad \xEF\xBF\xBD byte");
    EXPECT_EQ(single_line("𠀀😀第"), "𠀀😀第");
}

Diagnostic with_fix(TextRange range, TextRange fix_range, std::string replacement, bool safe) {
    Diagnostic d;
    d.range = range;
    d.fix = Fix{fix_range, std::move(replacement), safe};
    return d;
}

TEST(FixHelp, WordsEachKindOfEditInBothLanguages) {
    Document doc("a.txt", "依据第二十六条规定");
    TextRange article = find(doc, "第二十六条");
    TextRange six = find(doc, "六");
    auto zh = [&](const Diagnostic& d) { return describe_fix(doc, d, Language::Zh); };
    auto en = [&](const Diagnostic& d) { return describe_fix(doc, d, Language::En); };

    Diagnostic replace = with_fix(article, article, "第二十条", true);
    EXPECT_EQ(zh(replace), "替换为 “第二十条”（可自动修复）");
    EXPECT_EQ(en(replace), "replace with '第二十条' (auto-fixable)");
    replace.fix->safe = false;
    EXPECT_EQ(zh(replace), "建议替换为 “第二十条”（请人工确认）");
    EXPECT_EQ(en(replace), "consider replacing with '第二十条' (check before applying)");

    Diagnostic other = with_fix(article, six, "", true);
    EXPECT_EQ(zh(other), "删除 “六”（可自动修复）");
    EXPECT_EQ(en(other), "delete '六' (auto-fixable)");
    other.fix->replacement = "五";
    EXPECT_EQ(zh(other), "将 “六” 替换为 “五”（可自动修复）");
    EXPECT_EQ(en(other), "replace '六' with '五' (auto-fixable)");

    Diagnostic insert = with_fix(article, TextRange{article.end, article.end}, "第一项", false);
    EXPECT_EQ(zh(insert), "建议插入 “第一项”（请人工确认）");
    EXPECT_EQ(en(insert), "consider inserting '第一项' (check before applying)");
}

TEST(FixHelp, LineBreaksInTheReplacementAreEscaped) {
    Document doc("a.txt", "甲乙");
    Diagnostic d = with_fix(TextRange{0, 3}, TextRange{0, 3}, "甲\r\n\t乙", true);
    EXPECT_EQ(describe_fix(doc, d, Language::En), "replace with '甲\\r\\n\\t乙' (auto-fixable)");
}

TEST(FormatterFactory, KnowsEveryFormat) {
    std::vector<std::string_view> names = formatter_names();
    EXPECT_EQ(names, (std::vector<std::string_view>{"human", "gcc", "json", "jsonl", "sarif", "rdjson", "rdjsonl",
                                                     "checkstyle", "junit"}));
    for (auto name : names) EXPECT_NE(make_formatter(name, OutputOptions{}), nullptr) << name;
    EXPECT_EQ(make_formatter("xml", OutputOptions{}), nullptr);
    EXPECT_EQ(make_formatter("", OutputOptions{}), nullptr);
}

TEST(HumanFormat, NoEscapeCodesWithoutColourAndSomeWithIt) {
    Document doc("a.txt", "第二十六条\n");
    Diagnostic d;
    d.rule_id = "article/wrong-number";
    d.range = find(doc, "第二十六条");
    d.message = "条款号错误";
    std::vector<Diagnostic> diagnostics{d};
    for (bool color : {false, true}) {
        OutputOptions options;
        options.color = color;
        auto formatter = make_formatter("human", options);
        std::ostringstream out;
        formatter->file(out, FileResult{doc, diagnostics});
        formatter->end(out, RunSummary{1, 1, 0, 0, 0});
        EXPECT_EQ(out.str().find('\x1b') != std::string::npos, color);
    }
}

}  // namespace
}  // namespace gklint
