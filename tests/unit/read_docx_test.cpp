// The DOCX reader: paragraphs as lines, runs, tracked changes, fields, comments, Word's
// automatic numbering, tables as grids, and input it must refuse.
#include <gtest/gtest.h>

#include <string>

#include "core/document.h"
#include "model/analysis.h"
#include "model/report_model.h"
#include "read/docx/number_format.h"
#include "read/reader.h"
#include "support/builtin_registry.h"
#include "support/docx_builder.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

using test::make_docx;
using test::paragraph;
using test::run;
using test::word_part;

ReadResult read(const std::string& bytes, std::size_t max_unpacked = 256u << 20) {
    ReadOptions options;
    options.max_unpacked_bytes = max_unpacked;
    return read_docx(bytes, options);
}

std::string text_of(const std::string& body, const test::ZipEntries& parts = {}) {
    return read(make_docx(body, parts)).text;
}

std::string fixture(const std::string& name) { return test::read_file(test::source_path("tests/fixtures/docx/" + name)); }

std::string range_text(const ReadResult& r, TextRange range) { return r.text.substr(range.begin, range.end - range.begin); }

// ------------------------------------------------------------------ paragraphs and runs

TEST(DocxReaderText, EachParagraphIsOneLineEmptyOnesIncluded) {
    ReadResult r = read(make_docx(paragraph("一、总体情况") + "<w:p/>" + paragraph("正文")));
    EXPECT_EQ(r.text, "一、总体情况\n\n正文");
    EXPECT_EQ(r.format, InputFormat::Docx);
    EXPECT_EQ(r.encoding, "DOCX");
    EXPECT_FALSE(r.has_source);
    EXPECT_TRUE(r.to_original.is_identity());
    EXPECT_EQ(r.to_original.original_size(), r.text.size());
    EXPECT_EQ(r.fix_refusal_en, "gklint does not write Word files (.docx); apply the suggested fix in Word");
    EXPECT_EQ(r.fix_refusal_zh, "gklint 不修改 Word 文件（.docx）：请在 Word 中按建议修改");
}

TEST(DocxReaderText, EmptyBodyGivesEmptyText) { EXPECT_EQ(text_of(""), ""); }

TEST(DocxReaderText, RunsTabsBreaksHyphensAndSymbols) {
    std::string body = "<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t>"
                       "<w:noBreakHyphen/><w:t>e</w:t><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/><w:softHyphen/>"
                       "<w:t xml:space=\"preserve\"> </w:t><w:t>f</w:t></w:r>" + run("g") + "</w:p>";
    EXPECT_EQ(text_of(body), "a\tb c d-e fg");
}

TEST(DocxReaderText, LineEndsControlsAndBadBytesInsideTextKeepTheLine) {
    // &#10; in w:t, a raw line end, a control character, a byte that is not UTF-8.
    std::string body = "<w:p>" + run("甲&#10;乙\n丙\x01丁\xFF戊") + "</w:p>";
    EXPECT_EQ(text_of(body), "甲 乙 丙 丁\xEF\xBF\xBD戊");
}

TEST(DocxReaderText, TrackedChangesKeepInsertionsAndDropDeletions) {
    std::string body = "<w:p>" + run("本年新收申请") +
                       "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>50</w:delText></w:r></w:del>"
                       "<w:ins w:id=\"2\" w:author=\"a\">" + run("52") + "</w:ins>" + run("件") +
                       "<w:moveFrom w:id=\"3\">" + run("（旧位置）") + "</w:moveFrom>"
                       "<w:moveTo w:id=\"4\">" + run("。") + "</w:moveTo></w:p>";
    EXPECT_EQ(text_of(body), "本年新收申请52件。");
}

TEST(DocxReaderText, FieldCodesDroppedResultsKept) {
    auto fld = [](const char* type) { return std::string("<w:r><w:fldChar w:fldCharType=\"") + type + "\"/></w:r>"; };
    auto instr = [](const char* code) { return std::string("<w:r><w:instrText>") + code + "</w:instrText></w:r>"; };
    // A PAGE field; a HYPERLINK field whose code holds a nested field; a w:fldSimple.
    std::string body = "<w:p>" + run("第") + fld("begin") + instr(" PAGE ") + fld("separate") + run("3") +
                       fld("end") + run("页") + "</w:p>" + "<w:p>" + fld("begin") + instr(" HYPERLINK ") +
                       fld("begin") + instr(" QUOTE x ") + fld("separate") + run("x") + fld("end") +
                       fld("separate") + run("门户网站") + fld("end") + "</w:p>" +
                       "<w:p><w:fldSimple w:instr=\" DATE \">" + run("2022年1月10日") + "</w:fldSimple></w:p>";
    EXPECT_EQ(text_of(body), "第3页\n门户网站\n2022年1月10日");
}

TEST(DocxReaderText, UnendedFieldHidesTheRestAndStrayFieldCharsAreIgnored) {
    std::string body = "<w:p><w:r><w:fldChar w:fldCharType=\"end\"/><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
                       run("可见") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" + run("代码") + "</w:p>" + paragraph("仍是代码");
    EXPECT_EQ(text_of(body), "可见\n");
}

TEST(DocxReaderText, FieldCodeSpanningParagraphsKeepsTheLines) {
    std::string body = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>TOC</w:instrText></w:r></w:p>"
                       "<w:p>" + run("隐藏") + "</w:p><w:p><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
                       run("目录") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
    EXPECT_EQ(text_of(body), "\n\n目录");
}

TEST(DocxReaderText, NotTextCommentsNotesDrawingsFallbacks) {
    std::string body =
        "<w:p>" + run("正文") + "<w:r><w:commentReference w:id=\"0\"/></w:r>"
        "<w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:endnoteReference w:id=\"2\"/></w:r>"
        "<w:r><w:drawing><wp:inline><w:txbxContent><w:p><w:r><w:t>图中文字</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r>"
        "<mc:AlternateContent><mc:Choice Requires=\"w14\">" + run("甲") + "</mc:Choice><mc:Fallback>" + run("乙") +
        "</mc:Fallback></mc:AlternateContent>" + "</w:p>";
    EXPECT_EQ(text_of(body), "正文甲");
}

TEST(DocxReaderText, ContentControlsHyperlinksAndSmartTagsAreRead) {
    std::string body = "<w:sdt><w:sdtPr><w:alias w:val=\"标题\"/><w:placeholder><w:docPart w:val=\"x\"/></w:placeholder>"
                       "</w:sdtPr><w:sdtContent>" + paragraph("标题") + "</w:sdtContent></w:sdt>"
                       "<w:p><w:hyperlink r:id=\"rId5\">" + run("网站") + "</w:hyperlink><w:smartTag>" + run("链接") +
                       "</w:smartTag><w:sdt><w:sdtContent>" + run("控件") + "</w:sdtContent></w:sdt></w:p>";
    EXPECT_EQ(text_of(body), "标题\n网站链接控件");
}

TEST(DocxReaderText, HeadersAndFootersAreNotRead) {
    std::string bytes = make_docx(paragraph("正文"), {{"word/header1.xml", word_part("w:hdr", paragraph("页眉"))},
                                                     {"word/footer1.xml", word_part("w:ftr", paragraph("- 1 -"))}});
    EXPECT_EQ(read(bytes).text, "正文");
}

TEST(DocxReaderText, DocumentPositionLineIsTheParagraph) {
    std::string bytes = make_docx(paragraph("标题") + "<w:p/>" + paragraph("一、总体情况"));
    Document doc("a.docx", bytes, read(bytes));
    std::size_t at = doc.text().find("总体");
    Position p = doc.position(at, ColumnUnit::CodePoint);
    EXPECT_EQ(p.line, 3u);
    EXPECT_EQ(p.column, 3u);
    EXPECT_EQ(doc.place(at).paragraph, 3u);
    EXPECT_FALSE(doc.fix_refusal(true).empty());
}

// ------------------------------------------------------------------ comments

std::string comments_part(const std::vector<std::pair<int, std::string>>& comments) {
    std::string content;
    for (const auto& [id, text] : comments)
        content += "<w:comment w:id=\"" + std::to_string(id) + "\" w:author=\"a\">" + paragraph(text) + "</w:comment>";
    return word_part("w:comments", content);
}

TEST(DocxReaderComments, DisableCommentSuppressesTheTextItCovers) {
    std::string body = "<w:p>" + run("其中") + "<w:commentRangeStart w:id=\"0\"/>" + run("上年结转1件") +
                       "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>" + run("。") + "</w:p>";
    ReadResult r = read(make_docx(body, {{"word/comments.xml",
                                          comments_part({{0, "gklint-disable table/identity, text/artifact"}})}}));
    ASSERT_EQ(r.suppressions.size(), 1u);
    EXPECT_EQ(range_text(r, r.suppressions[0].range), "上年结转1件");
    EXPECT_EQ(r.suppressions[0].rules, (std::vector<std::string>{"table/identity", "text/artifact"}));
}

TEST(DocxReaderComments, CommentOnNothingCoversItsWholeLine) {
    std::string body = paragraph("第一段") + "<w:p>" + run("办理结果") + "<w:commentRangeStart w:id=\"4\"/>"
                       "<w:commentRangeEnd w:id=\"4\"/>" + run("见下表。") + "</w:p>" +
                       "<w:p>" + run("另一段") + "<w:r><w:commentReference w:id=\"5\"/></w:r></w:p>";
    ReadResult r = read(make_docx(body, {{"word/comments.xml", comments_part({{4, "gklint-disable"}, {5, " gklint-disable text/x "}})}}));
    ASSERT_EQ(r.suppressions.size(), 2u);
    EXPECT_EQ(range_text(r, r.suppressions[0].range), "办理结果见下表。");
    EXPECT_TRUE(r.suppressions[0].rules.empty());
    EXPECT_EQ(range_text(r, r.suppressions[1].range), "另一段");
    EXPECT_EQ(r.suppressions[1].rules, std::vector<std::string>{"text/x"});
}

TEST(DocxReaderComments, OrdinaryCommentsAndNextLineDirectivesAreNotSuppressions) {
    std::string body = "<w:p><w:commentRangeStart w:id=\"1\"/><w:commentRangeStart w:id=\"2\"/>" + run("正文") +
                       "<w:commentRangeEnd w:id=\"1\"/><w:commentRangeEnd w:id=\"2\"/></w:p>";
    ReadResult r = read(make_docx(body, {{"word/comments.xml",
                                          comments_part({{1, "请核对数字"}, {2, "gklint-disable-next-line text/x"}})}}));
    EXPECT_TRUE(r.suppressions.empty());
    EXPECT_EQ(r.text, "正文");
}

TEST(DocxReaderComments, CommentSpanningParagraphs) {
    std::string body = "<w:p><w:commentRangeStart w:id=\"0\"/>" + run("甲") + "</w:p><w:p>" + run("乙") +
                       "<w:commentRangeEnd w:id=\"0\"/></w:p>";
    ReadResult r = read(make_docx(body, {{"word/comments.xml", comments_part({{0, "gklint-disable a/b"}})}}));
    ASSERT_EQ(r.suppressions.size(), 1u);
    EXPECT_EQ(range_text(r, r.suppressions[0].range), "甲\n乙");
}

// ------------------------------------------------------------------ number formats

TEST(DocxReaderNumberFormat, EveryFormat) {
    using docx::format_list_number;
    EXPECT_EQ(format_list_number(12, "decimal"), "12");
    EXPECT_EQ(format_list_number(3, "decimalZero"), "03");
    EXPECT_EQ(format_list_number(12, "decimalZero"), "12");
    EXPECT_EQ(format_list_number(12, "decimalFullWidth"), "１２");
    EXPECT_EQ(format_list_number(1, "chineseCounting"), "一");
    EXPECT_EQ(format_list_number(10, "chineseCounting"), "十");
    EXPECT_EQ(format_list_number(11, "chineseCounting"), "十一");
    EXPECT_EQ(format_list_number(20, "chineseCounting"), "二十");
    EXPECT_EQ(format_list_number(99, "chineseCounting"), "九十九");
    EXPECT_EQ(format_list_number(105, "chineseCounting"), "一〇五");
    EXPECT_EQ(format_list_number(6, "chineseCountingThousand"), "六");
    EXPECT_EQ(format_list_number(15, "chineseCountingThousand"), "十五");
    EXPECT_EQ(format_list_number(105, "chineseCountingThousand"), "一百零五");
    EXPECT_EQ(format_list_number(1010, "chineseCountingThousand"), "一千零一十");
    EXPECT_EQ(format_list_number(20001, "chineseCountingThousand"), "二万零一");
    EXPECT_EQ(format_list_number(3, "chineseLegalSimplified"), "叁");
    EXPECT_EQ(format_list_number(10, "chineseLegalSimplified"), "壹拾");
    EXPECT_EQ(format_list_number(23, "chineseLegalSimplified"), "贰拾叁");
    EXPECT_EQ(format_list_number(1, "ideographTraditional"), "甲");
    EXPECT_EQ(format_list_number(10, "ideographTraditional"), "癸");
    EXPECT_EQ(format_list_number(11, "ideographTraditional"), "甲");
    EXPECT_EQ(format_list_number(1, "ideographZodiac"), "子");
    EXPECT_EQ(format_list_number(12, "ideographZodiac"), "亥");
    EXPECT_EQ(format_list_number(1, "lowerLetter"), "a");
    EXPECT_EQ(format_list_number(28, "lowerLetter"), "bb");
    EXPECT_EQ(format_list_number(3, "upperLetter"), "C");
    EXPECT_EQ(format_list_number(4, "lowerRoman"), "iv");
    EXPECT_EQ(format_list_number(1994, "upperRoman"), "MCMXCIV");
    EXPECT_EQ(format_list_number(1, "decimalEnclosedCircle"), "①");
    EXPECT_EQ(format_list_number(20, "decimalEnclosedCircleChinese"), "⑳");
    EXPECT_EQ(format_list_number(21, "decimalEnclosedCircle"), "21");
    EXPECT_EQ(format_list_number(2, "decimalEnclosedParen"), "⑵");
    EXPECT_EQ(format_list_number(3, "ideographEnclosedCircle"), "㈢");
    EXPECT_EQ(format_list_number(1, "bullet"), "");
    EXPECT_EQ(format_list_number(1, "none"), "");
    EXPECT_EQ(format_list_number(7, "someFutureFormat"), "7");
    EXPECT_EQ(format_list_number(0, "upperRoman"), "0");
    EXPECT_EQ(format_list_number(0, "lowerLetter"), "0");
}

// ------------------------------------------------------------------ automatic numbering

std::string level(int ilvl, const std::string& fmt, const std::string& text, const std::string& extra = "") {
    return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + fmt +
           "\"/><w:lvlText w:val=\"" + text + "\"/>" + extra + "</w:lvl>";
}

std::string num(int id, int abstract_id, const std::string& overrides = "") {
    return "<w:num w:numId=\"" + std::to_string(id) + "\"><w:abstractNumId w:val=\"" + std::to_string(abstract_id) +
           "\"/>" + overrides + "</w:num>";
}

std::string numbered(const std::string& text, int num_id, int ilvl) {
    return paragraph(text, "<w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) + "\"/><w:numId w:val=\"" +
                               std::to_string(num_id) + "\"/></w:numPr>");
}

// The report's outline: 一、 / （一） / 1. / (1)
const std::string kOutline =
    "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "chineseCounting", "%1、") +
    level(1, "chineseCounting", "（%2）", "<w:suff w:val=\"space\"/>") + level(2, "decimal", "%3.", "<w:suff w:val=\"nothing\"/>") +
    level(3, "decimal", "(%4)") + "</w:abstractNum>";

test::ZipEntries numbering_parts(const std::string& numbering, const std::string& styles = "") {
    test::ZipEntries parts = {{"word/numbering.xml", word_part("w:numbering", numbering)}};
    if (!styles.empty()) parts.push_back({"word/styles.xml", word_part("w:styles", styles)});
    return parts;
}

TEST(DocxReaderNumbering, OutlineLevelsCountAndReset) {
    std::string body = numbered("总体情况", 1, 0) + numbered("主动公开", 1, 1) + numbered("依申请公开", 1, 1) +
                       numbered("规章", 1, 2) + numbered("文件", 1, 2) + numbered("细目", 1, 3) + paragraph("正文") +
                       numbered("主动公开政府信息情况", 1, 0) + numbered("子项", 1, 1) + numbered("条目", 1, 2);
    EXPECT_EQ(text_of(body, numbering_parts(kOutline + num(1, 0))),
              "一、总体情况\n（一）主动公开\n（二）依申请公开\n1.规章\n2.文件\n(1)细目\n正文\n"
              "二、主动公开政府信息情况\n（一）子项\n1.条目");
}

TEST(DocxReaderNumbering, HeadingStyleCarriesTheNumberingThroughBasedOn) {
    std::string styles =
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:basedOn w:val=\"Normal\"/>"
        "<w:pPr><w:numPr><w:numId w:val=\"7\"/></w:numPr></w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"MyHeading\"><w:basedOn w:val=\"Heading1\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"7\"/>"
        "</w:numPr></w:pPr></w:style>";
    std::string body = paragraph("总体情况", "<w:pStyle w:val=\"Heading1\"/>") +
                       paragraph("主动公开", "<w:pStyle w:val=\"Heading2\"/>") +
                       paragraph("主动公开政府信息情况", "<w:pStyle w:val=\"MyHeading\"/>") +
                       // numId 0 on the paragraph takes the style's numbering away.
                       paragraph("不编号", "<w:pStyle w:val=\"Heading1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>") +
                       paragraph("收到和处理政府信息公开申请情况", "<w:pStyle w:val=\"Heading1\"/>");
    EXPECT_EQ(text_of(body, numbering_parts(kOutline + num(7, 0), styles)),
              "一、总体情况\n（一）主动公开\n二、主动公开政府信息情况\n不编号\n三、收到和处理政府信息公开申请情况");
}

TEST(DocxReaderNumbering, LevelLinkedToTheStyleByPStyle) {
    std::string numbering = "<w:abstractNum w:abstractNumId=\"3\">" + level(0, "chineseCounting", "%1、") +
                            level(1, "chineseCounting", "（%2）", "<w:pStyle w:val=\"Sub\"/>") + "</w:abstractNum>" + num(2, 3);
    std::string styles = "<w:style w:type=\"paragraph\" w:styleId=\"Sub\"><w:pPr><w:numPr><w:numId w:val=\"2\"/>"
                         "</w:numPr></w:pPr></w:style>";
    EXPECT_EQ(text_of(numbered("甲", 2, 0) + paragraph("乙", "<w:pStyle w:val=\"Sub\"/>"), numbering_parts(numbering, styles)),
              "一、甲\n（一）乙");
}

TEST(DocxReaderNumbering, StartOverrideStartAndSharedCounters) {
    std::string numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"3\"/>"
                            "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>" +
                            num(1, 0) + num(2, 0) +
                            num(3, 0, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"10\"/></w:lvlOverride>");
    // Instances 1 and 2 share the abstract list's counter; 3 restarts at 10.
    EXPECT_EQ(text_of(numbered("a", 1, 0) + numbered("b", 2, 0) + numbered("c", 3, 0) + numbered("d", 1, 0) +
                          numbered("e", 3, 0),
                      numbering_parts(numbering)),
              "3.a\n4.b\n10.c\n5.d\n11.e");
}

TEST(DocxReaderNumbering, MultiLevelTextLegalAndRestart) {
    std::string numbering =
        "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "chineseCounting", "第%1章") +
        level(1, "decimal", "%1.%2", "<w:isLgl/>") +
        level(2, "lowerLetter", "%3)", "<w:lvlRestart w:val=\"0\"/>") + "</w:abstractNum>" + num(1, 0);
    // isLgl shows the chapter in decimal; level 3 never restarts (lvlRestart 0).
    EXPECT_EQ(text_of(numbered("x", 1, 0) + numbered("y", 1, 1) + numbered("z", 1, 2) + numbered("x", 1, 0) +
                          numbered("y", 1, 1) + numbered("z", 1, 2),
                      numbering_parts(numbering)),
              "第一章 x\n1.1 y\na)z\n第二章 x\n2.1 y\nb)z");
}

TEST(DocxReaderNumbering, SuffixBulletsNoneAndUnknownLists) {
    std::string numbering =
        "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "bullet", "\xEF\x82\xB7") + "</w:abstractNum>" +
        "<w:abstractNum w:abstractNumId=\"1\">" + level(0, "none", "") + "</w:abstractNum>" +
        "<w:abstractNum w:abstractNumId=\"2\">" + level(0, "upperRoman", "%1", "<w:suff w:val=\"nothing\"/>") +
        level(1, "decimal", "%2", "<w:suff w:val=\"tab\"/>") + level(2, "decimalFullWidth", "%3．") + "</w:abstractNum>" +
        num(1, 0) + num(2, 1) + num(3, 2);
    EXPECT_EQ(text_of(numbered("项目", 1, 0) + numbered("无号", 2, 0) + numbered("罗马", 3, 0) + numbered("数字", 3, 1) +
                          numbered("全角", 3, 2) + numbered("未知", 99, 0) + numbered("越界", 3, 12),
                      numbering_parts(numbering)),
              "项目\n无号\nI罗马\n1 数字\n１．全角\n未知\n越界");
}

TEST(DocxReaderNumbering, OverlongLevelTextIsDropped) {
    // Repeated on every numbered paragraph, a huge w:lvlText would multiply the text.
    std::string numbering = "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "decimal", "%1" + std::string(300, 'x')) +
                            "</w:abstractNum>" + num(1, 0);
    EXPECT_EQ(text_of(numbered("a", 1, 0), numbering_parts(numbering)), "a");
}

TEST(DocxReaderNumbering, NumStyleLinkUsesTheLinkedList) {
    std::string numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:styleLink w:val=\"Outline\"/>" +
                            level(0, "chineseCounting", "%1、") + "</w:abstractNum>" +
                            "<w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"Outline\"/></w:abstractNum>" +
                            num(1, 0) + num(2, 1);
    std::string styles = "<w:style w:type=\"numbering\" w:styleId=\"Outline\"><w:pPr><w:numPr><w:numId w:val=\"1\"/>"
                         "</w:numPr></w:pPr></w:style>";
    // A numbering style's w:numPr names the list instance.
    EXPECT_EQ(text_of(numbered("甲", 2, 0) + numbered("乙", 2, 0), numbering_parts(numbering, styles)), "一、甲\n二、乙");
}

TEST(DocxReaderNumbering, NumberedParagraphInATableCell) {
    std::string body = "<w:tbl><w:tr><w:tc>" + numbered("表内", 1, 0) + "</w:tc></w:tr></w:tbl>" + numbered("表后", 1, 0);
    ReadResult r = read(make_docx(body, numbering_parts(kOutline + num(1, 0))));
    EXPECT_EQ(r.text, "一、表内\n二、表后");
    ASSERT_EQ(r.tables.size(), 1u);
    EXPECT_EQ(range_text(r, r.tables[0].cells[0].range), "一、表内");
}

// ------------------------------------------------------------------ tables

std::string cell(const std::string& content, const std::string& properties = "") {
    return "<w:tc>" + (properties.empty() ? "" : "<w:tcPr>" + properties + "</w:tcPr>") + content + "</w:tc>";
}

TEST(DocxReaderTables, GridSpanAndVMergeMakeTheGrid) {
    // | A (span 2) | B (restart) |
    // | C | blank  | B continued |
    std::string body = paragraph("前") + "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                       "<w:tr>" + cell(paragraph("A"), "<w:gridSpan w:val=\"2\"/>") + cell(paragraph("B"), "<w:vMerge w:val=\"restart\"/>") +
                       "</w:tr><w:tr>" + cell(paragraph("C")) + cell("<w:p/>") + cell("<w:p/>", "<w:vMerge/>") +
                       "</w:tr></w:tbl>" + paragraph("后");
    ReadResult r = read(make_docx(body));
    EXPECT_EQ(r.text, "前\nA\nB\nC\n\n\n后");
    ASSERT_EQ(r.tables.size(), 1u);
    const TableGrid& g = r.tables[0];
    EXPECT_EQ(g.rows, 2u);
    EXPECT_EQ(g.columns, 3u);
    ASSERT_EQ(g.cells.size(), 4u);
    EXPECT_EQ(range_text(r, g.range), "A\nB\nC\n\n");
    EXPECT_EQ(g.cell_at(0, 0), g.cell_at(0, 1));
    EXPECT_EQ(range_text(r, g.cells[g.cell_at(0, 1)].range), "A");
    EXPECT_EQ(g.cells[g.cell_at(0, 0)].column_span, 2u);
    EXPECT_EQ(g.cell_at(1, 2), g.cell_at(0, 2));
    EXPECT_EQ(g.cells[g.cell_at(1, 2)].row_span, 2u);
    EXPECT_EQ(range_text(r, g.cells[g.cell_at(1, 2)].range), "B");
    const GridCell& blank = g.cells[g.cell_at(1, 1)];
    EXPECT_EQ(blank.range.begin, blank.range.end);
    EXPECT_EQ(blank.range.begin, r.text.find("C\n") + 2);  // its own empty line
}

TEST(DocxReaderTables, CellWithSeveralParagraphsSpansTheirLines) {
    std::string body = "<w:tbl><w:tr>" + cell(paragraph("三、本年度") + paragraph("办理结果")) + cell(paragraph("8")) +
                       "</w:tr></w:tbl>";
    ReadResult r = read(make_docx(body));
    ASSERT_EQ(r.tables.size(), 1u);
    EXPECT_EQ(range_text(r, r.tables[0].cells[0].range), "三、本年度\n办理结果");
    Document doc("t.docx", "", r);
    Place place = doc.place(r.text.find("办理"));
    EXPECT_EQ(place.paragraph, 2u);
    EXPECT_EQ(place.table, 1u);
    EXPECT_EQ(place.row, 1u);
    EXPECT_EQ(place.column, 1u);
}

TEST(DocxReaderTables, GridBeforeAndAfterAreBlankCells) {
    std::string body = "<w:tbl><w:tr>" + cell(paragraph("a")) + cell(paragraph("b")) + cell(paragraph("c")) +
                       "</w:tr><w:tr><w:trPr><w:gridBefore w:val=\"1\"/><w:gridAfter w:val=\"1\"/></w:trPr>" +
                       cell(paragraph("d")) + "</w:tr></w:tbl>";
    ReadResult r = read(make_docx(body));
    ASSERT_EQ(r.tables.size(), 1u);
    const TableGrid& g = r.tables[0];
    EXPECT_EQ(g.rows, 2u);
    EXPECT_EQ(g.columns, 3u);
    EXPECT_EQ(range_text(r, g.cells[g.cell_at(1, 1)].range), "d");
    TextRange before = g.cells[g.cell_at(1, 0)].range, after = g.cells[g.cell_at(1, 2)].range;
    EXPECT_EQ(before.begin, before.end);
    EXPECT_EQ(after.begin, after.end);
    EXPECT_EQ(before.begin, r.text.find("\nd"));
    EXPECT_EQ(after.begin, r.text.size());
}

TEST(DocxReaderTables, NestedTableComesAfterItsOuterTable) {
    std::string inner = "<w:tbl><w:tr>" + cell(paragraph("x")) + cell(paragraph("y")) + "</w:tr></w:tbl>";
    std::string body = "<w:tbl><w:tr>" + cell(paragraph("A")) + cell(paragraph("E") + inner + paragraph("F")) +
                       "</w:tr></w:tbl>" + "<w:tbl><w:tr>" + cell(paragraph("G")) + "</w:tr></w:tbl>";
    ReadResult r = read(make_docx(body));
    EXPECT_EQ(r.text, "A\nE\nx\ny\nF\nG");
    ASSERT_EQ(r.tables.size(), 3u);
    EXPECT_EQ(r.tables[0].columns, 2u);
    EXPECT_EQ(range_text(r, r.tables[0].cells[1].range), "E\nx\ny\nF");
    EXPECT_EQ(range_text(r, r.tables[1].range), "x\ny");
    EXPECT_EQ(r.tables[1].columns, 2u);
    EXPECT_EQ(range_text(r, r.tables[1].cells[1].range), "y");
    EXPECT_EQ(range_text(r, r.tables[2].range), "G");
}

TEST(DocxReaderTables, RowsInContentControls) {
    std::string body = "<w:tbl><w:sdt><w:sdtContent><w:tr>" + cell(paragraph("a")) + "</w:tr></w:sdtContent></w:sdt>"
                       "<w:tr>" + cell(paragraph("b")) + "</w:tr></w:tbl>";
    ReadResult r = read(make_docx(body));
    ASSERT_EQ(r.tables.size(), 1u);
    EXPECT_EQ(r.tables[0].rows, 2u);
}

// ------------------------------------------------------------------ input that must be refused

void expect_input_error(const std::string& bytes, const std::string& message_part, std::size_t cap = 256u << 20) {
    try {
        read(bytes, cap);
        ADD_FAILURE() << "no InputError; expected one saying: " << message_part;
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find(message_part), std::string::npos) << e.what();
    }
}

TEST(DocxReaderBadInput, EmptyFile) { expect_input_error("", "empty"); }

TEST(DocxReaderBadInput, NotAZip) { expect_input_error("一、总体情况\n这不是 Word 文件", "not a zip archive"); }

TEST(DocxReaderBadInput, CorruptZip) {
    std::string bytes = make_docx(paragraph(std::string(2000, 'a')));
    // Damage the compressed data of the parts, keeping the archive's directory.
    for (std::size_t i = 100; i < bytes.size() / 2; i += 7) bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
    expect_input_error(bytes, ".docx");
}

TEST(DocxReaderBadInput, TruncatedFile) {
    std::string bytes = fixture("field_code.docx");
    expect_input_error(bytes.substr(0, bytes.size() / 2), "not a zip archive or a corrupt one");
}

TEST(DocxReaderBadInput, ZipWithoutDocumentXml) {
    expect_input_error(test::make_zip({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<workbook/>"}}),
                       "not a Word document (.docx): the zip archive has no word/document.xml");
}

TEST(DocxReaderBadInput, ZipBombIsCutAtTheCap) {
    std::string bomb = test::make_zeros_zip("word/document.xml", 300u << 20);
    ASSERT_LT(bomb.size(), 1u << 20);  // 300 MB of zeros deflate to well under 1 MB
    expect_input_error(bomb, "word/document.xml unpacks to more than 1048576 bytes", 1u << 20);
}

TEST(DocxReaderBadInput, CapAppliesToEveryPart) {
    std::string bytes = make_docx(paragraph("正文"), {{"word/styles.xml", word_part("w:styles", std::string(5000, ' '))}});
    expect_input_error(bytes, "word/styles.xml unpacks to more than 4096 bytes", 4096);
    EXPECT_EQ(read(bytes, 1 << 20).text, "正文");
}

TEST(DocxReaderBadInput, ADtdIsRefusedSoNoEntityIsExpanded) {
    std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">";
    laughs += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">";
    for (int i = 2; i <= 9; ++i)
        laughs += "<!ENTITY lol" + std::to_string(i) + " \"" + [&] {
            std::string s;
            for (int k = 0; k < 10; ++k) s += "&lol" + std::to_string(i - 1) + ";";
            return s;
        }() + "\">";
    laughs += "]>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
              "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>";
    // Refused outright: Word never writes a DTD (and pugixml would not expand it anyway).
    expect_input_error(test::make_zip({{"word/document.xml", laughs}}), "declares a DTD");
}

TEST(DocxReaderBadInput, MalformedXmlNamesThePartAndOffset) {
    expect_input_error(test::make_zip({{"word/document.xml", "<w:document><w:body><w:p></w:body>"}}),
                       "word/document.xml is not well-formed XML (");
    expect_input_error(make_docx(paragraph("a"), {{"word/numbering.xml", "<w:numbering><w:num"}}),
                       "word/numbering.xml is not well-formed XML");
    expect_input_error(test::make_zip({{"word/document.xml", "<a><b></a>"}}), "at offset 8 of the part");
}

TEST(DocxReaderBadInput, HugeTablesAreRefused) {
    std::string rows;
    for (int i = 0; i < 32768; ++i) rows += "<w:tr/>";
    expect_input_error(make_docx("<w:tbl>" + rows + "</w:tbl>"), "table too large");
    std::string wide;
    for (int i = 0; i < 4200; ++i) wide += "<w:tr>" + cell("<w:p/>", "<w:gridSpan w:val=\"1000\"/>") + "</w:tr>";
    expect_input_error(make_docx("<w:tbl>" + wide + "</w:tbl>"), "table too large");
    std::string one_row;
    for (int i = 0; i < 5; ++i) one_row += cell("<w:p/>", "<w:gridSpan w:val=\"1000\"/>");
    expect_input_error(make_docx("<w:tbl><w:tr>" + one_row + "</w:tr></w:tbl>"), "1 rows of 5000 grid columns");
}

TEST(DocxReaderBadInput, AbsurdNestingIsRefused) {
    std::string deep;
    for (int i = 0; i < 5000; ++i) deep += "<w:ins>";
    for (int i = 0; i < 5000; ++i) deep += "</w:ins>";
    expect_input_error(make_docx("<w:p>" + deep + "</w:p>"), "nests elements too deeply");
}

const std::string kOleHeader("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

TEST(DocxReaderBadInput, LegacyDocAndEncryptedDocx) {
    std::string doc = kOleHeader + std::string(504, '\0') + "W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0";
    expect_input_error(doc, "legacy Word (.doc)");
    std::string encrypted = kOleHeader + std::string(504, '\0') + std::string("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
    expect_input_error(encrypted, "encrypted");
    ReadOptions options;
    EXPECT_THROW(read_input("report.docx", encrypted, options), InputError);
    try {
        read_input("report.docx", encrypted, options);
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("encrypted"), std::string::npos);
    }
}

TEST(DocxReaderBadInput, ReadInputDetectsDocx) {
    ReadResult r = read_input("report.docx", make_docx(paragraph("正文")), ReadOptions{});
    EXPECT_EQ(r.format, InputFormat::Docx);
    EXPECT_EQ(r.text, "正文");
}

// ------------------------------------------------------------------ the fixtures

TEST(DocxReaderFixtures, TrackedChanges) { EXPECT_EQ(read(fixture("tracked_changes.docx")).text, "本年新收申请52件。\n结转8件。"); }

TEST(DocxReaderFixtures, FieldCode) { EXPECT_EQ(read(fixture("field_code.docx")).text, "第3页\n见门户网站"); }

TEST(DocxReaderFixtures, CommentDisable) {
    ReadResult r = read(fixture("comment_disable.docx"));
    EXPECT_EQ(r.text, "本年新收申请52件。\n其中上年结转1件。\n办理结果见下表。");
    ASSERT_EQ(r.suppressions.size(), 2u);
    EXPECT_EQ(range_text(r, r.suppressions[0].range), "上年结转1件");
    EXPECT_EQ(r.suppressions[0].rules, (std::vector<std::string>{"table/identity", "text/artifact"}));
    EXPECT_EQ(range_text(r, r.suppressions[1].range), "办理结果见下表。");
    EXPECT_TRUE(r.suppressions[1].rules.empty());
}

TEST(DocxReaderFixtures, MergedCells) {
    ReadResult r = read(fixture("merged_cells.docx"));
    EXPECT_EQ(r.text, "表格前\nA\nB\nC\n\n\nD\nE\nx\ny\nF\n表格后");
    ASSERT_EQ(r.tables.size(), 2u);
    const TableGrid& g = r.tables[0];
    EXPECT_EQ(g.rows, 3u);
    EXPECT_EQ(g.columns, 3u);
    EXPECT_EQ(g.cells[g.cell_at(0, 0)].column_span, 2u);
    EXPECT_EQ(g.cells[g.cell_at(1, 2)].row_span, 2u);
    EXPECT_EQ(range_text(r, g.cells[g.cell_at(2, 1)].range), "D");
    EXPECT_EQ(range_text(r, g.cells[g.cell_at(2, 2)].range), "E\nx\ny\nF");
    EXPECT_EQ(range_text(r, r.tables[1].range), "x\ny");
}

struct ReportFixture {
    const char* file;
    std::size_t proactive_rows, requests_rows;
};

class DocxReaderReports : public testing::TestWithParam<ReportFixture> {};

TEST_P(DocxReaderReports, HeadingsNumberedAndTablesAsGrids) {
    std::string bytes = fixture(GetParam().file);
    EXPECT_LT(bytes.size(), 60u * 1024);
    ReadResult r = read(bytes);
    Document doc(GetParam().file, bytes, r);
    const char* headings[] = {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                              "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"};
    for (const char* heading : headings) {
        std::size_t line = 0;
        for (; line < doc.lines().count(); ++line)
            if (doc.line_text(line) == heading) break;
        ASSERT_LT(line, doc.lines().count()) << "no paragraph " << heading;
        Position p = doc.position(doc.lines().line_start(line), ColumnUnit::CodePoint);
        EXPECT_EQ(p.line, line + 1);
        EXPECT_EQ(p.column, 1u);
        EXPECT_EQ(doc.place(doc.lines().line_start(line)).paragraph, line + 1);
    }
    EXPECT_NE(r.text.find("\n（一）主动公开\n"), std::string::npos);
    EXPECT_NE(r.text.find("\n（二）依申请公开\n"), std::string::npos);

    ASSERT_EQ(r.tables.size(), 3u);
    EXPECT_EQ(r.tables[0].rows, GetParam().proactive_rows);
    EXPECT_EQ(r.tables[0].columns, 4u);
    EXPECT_EQ(r.tables[1].rows, GetParam().requests_rows);
    EXPECT_EQ(r.tables[1].columns, 10u);
    EXPECT_EQ(r.tables[2].rows, 4u);
    EXPECT_EQ(r.tables[2].columns, 15u);
    // Table 三: the corner over 3 rows and 3 columns, 三、本年度办理结果 merged down its rows.
    const TableGrid& requests = r.tables[1];
    const GridCell& corner = requests.cells[requests.cell_at(0, 0)];
    EXPECT_EQ(corner.row_span, 3u);
    EXPECT_EQ(corner.column_span, 3u);
    EXPECT_EQ(range_text(r, requests.cells[requests.cell_at(2, 4)].range), "商业企业");
    EXPECT_EQ(range_text(r, requests.cells[requests.cell_at(3, 0)].range), "一、本年新收政府信息公开申请数量");
    EXPECT_EQ(range_text(r, requests.cells[requests.cell_at(5, 0)].range), "三、本年度办理结果");
    EXPECT_EQ(requests.cell_at(5, 0), requests.cell_at(requests.rows - 2, 0));
    EXPECT_EQ(range_text(r, requests.cells[requests.cell_at(requests.rows - 1, 0)].range), "四、结转下年度继续办理");
    // Table 四: 行政复议 over two header rows and five columns, then the 15 values.
    const TableGrid& appeals = r.tables[2];
    EXPECT_EQ(appeals.cells[appeals.cell_at(0, 0)].row_span, 2u);
    EXPECT_EQ(appeals.cells[appeals.cell_at(0, 0)].column_span, 5u);
    EXPECT_EQ(range_text(r, appeals.cells[appeals.cell_at(2, 14)].range), "总计");
    for (std::size_t c = 0; c < 15; ++c) EXPECT_NE(appeals.cell_at(3, c), appeals.cell_at(3, (c + 1) % 15));
}

TEST_P(DocxReaderReports, ReportModelFindsSectionsAndTables) {
    std::string bytes = fixture(GetParam().file);
    Document doc(GetParam().file, bytes, read(bytes));
    Analysis analysis(doc, &test::builtin_templates());
    const ReportModel& model = analysis.model();
    for (const char* key : {"overview", "proactive", "requests", "appeals", "problems", "other"}) {
        const Section* section = model.section(key);
        ASSERT_NE(section, nullptr) << key;
        EXPECT_TRUE(section->present) << key;
    }
    for (const char* key : {"proactive", "requests", "appeals"}) {
        const Table* table = model.table(key);
        ASSERT_NE(table, nullptr) << key;
        EXPECT_TRUE(table->parsed) << key;
        EXPECT_TRUE(table->problems.empty()) << key << ": " << (table->problems.empty() ? "" : table->problems[0].message_en);
    }
}

INSTANTIATE_TEST_SUITE_P(DocxReader, DocxReaderReports,
                         testing::Values(ReportFixture{"2021_a_qingshi_town.docx", 14, 28},
                                         ReportFixture{"2020_2019one_hekou_town.docx", 18, 26}));

TEST(DocxReaderReports, TableValuesInTheirCells) {
    ReadResult r = read(fixture("2021_a_qingshi_town.docx"));
    ASSERT_EQ(r.tables.size(), 3u);
    const TableGrid& requests = r.tables[1];
    EXPECT_EQ(range_text(r, requests.cells[requests.cell_at(3, 3)].range), "25");
    EXPECT_EQ(range_text(r, requests.cells[requests.cell_at(3, 9)].range), "52");
    EXPECT_EQ(range_text(r, r.tables[0].cells[r.tables[0].cell_at(13, 1)].range), "3.78");
}

}  // namespace
}  // namespace gklint
