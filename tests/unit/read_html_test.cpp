// The HTML reader on small pages: text and white space, positions in the page,
// entities, encodings, tables as grids, the report body, suppressions, bad input.
#include <gtest/gtest.h>

#include <string>

#include "core/document.h"
#include "read/reader.h"
#include "support/encode.h"
#include "support/html_reading.h"

namespace gklint {
namespace {

using test::cell_text;
using test::html_document;
using test::position_of;
using test::report_options;

ReadResult read(const std::string& html, const ReadOptions& options = {}) { return read_html(html, options); }

TEST(HtmlReaderText, EntitiesMapToTheirWholeSourceRange) {
    const std::string html = "<html><body>\n<p>A&amp;B &#x4E00;&nbsp;&nbsp;C</p>\n</body></html>";
    Document doc = html_document(html);
    EXPECT_EQ(doc.text(), "A&B 一 C\n");
    EXPECT_EQ(doc.format(), InputFormat::Html);
    Position amp = position_of(doc, "&");
    EXPECT_EQ(amp.line, 2u);
    EXPECT_EQ(amp.column, 5u);
    Position yi = position_of(doc, "一");
    EXPECT_EQ(yi.line, 2u);
    EXPECT_EQ(yi.column, 12u);
    EXPECT_EQ(html.substr(yi.original_offset, 8), "&#x4E00;");
    Position c = position_of(doc, "C");
    EXPECT_EQ(c.column, 32u);
    EXPECT_EQ(c.original_offset, html.find("C</p>"));
    // Fixes only go to verbatim text.
    auto a = doc.original_range(TextRange{0, 1});
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(a->begin, html.find("A&amp;"));
    EXPECT_FALSE(doc.original_range(TextRange{1, 2}).has_value());
    EXPECT_TRUE(read(html).fix_refusal_en.empty());
}

TEST(HtmlReaderText, NamedEntityWithoutSemicolonAndUnknownOnes) {
    Document doc = html_document("<p>&copy2019 &foo; a&b &lt;x&gt;</p>");
    EXPECT_EQ(doc.text(), "©2019 &foo; a&b <x>\n");
    EXPECT_EQ(position_of(doc, "2019").column, 9u);   // after "<p>&copy"
    EXPECT_EQ(position_of(doc, "&foo").column, 14u);  // an unknown entity is literal text
    EXPECT_EQ(position_of(doc, "x>").column, 28u);
}

TEST(HtmlReaderText, ColumnsInCodePointsUtf16UnitsAndBytes) {
    Document doc = html_document("<body>\n<p>𠀀年度报告：数字<b>12</b></p></body>");
    EXPECT_EQ(doc.text(), "𠀀年度报告：数字12\n");
    EXPECT_EQ(position_of(doc, "12", ColumnUnit::CodePoint).column, 15u);
    EXPECT_EQ(position_of(doc, "12", ColumnUnit::Utf16).column, 16u);
    EXPECT_EQ(position_of(doc, "12", ColumnUnit::Byte).column, 32u);
    EXPECT_EQ(position_of(doc, "12").line, 2u);
}

TEST(HtmlReaderText, CrlfPageHasPositionsOnItsOwnLines) {
    const std::string html = "<body>\r\n<p>第一行</p>\r\n<p>第二\r\n行</p>\r\n</body>";
    Document doc = html_document(html);
    EXPECT_EQ(doc.text(), "第一行\n第二行\n");
    std::size_t second = doc.text().find("二行") + std::string("二").size();
    Position p = doc.position(second, ColumnUnit::CodePoint);
    EXPECT_EQ(p.line, 4u);
    EXPECT_EQ(p.column, 1u);
    EXPECT_EQ(p.original_offset, html.find("行</p>\r\n</body>"));
}

TEST(HtmlReaderText, WhiteSpaceCollapsesButNotBetweenChineseSpans) {
    Document doc = html_document(
        "<body><p>  Hello \n\t world  </p>"
        "<p><span>平潭</span>\n<span>综合</span>  <span>实验区</span> 2019 年</p>"
        "<p>政府\n信息&nbsp;&nbsp;公开</p></body>");
    EXPECT_EQ(doc.text(), "Hello world\n平潭综合实验区 2019 年\n政府信息公开\n");
}

TEST(HtmlReaderText, BlockElementsEndLinesInlineOnesDoNot) {
    Document doc = html_document(
        "<body><div>a<span>b</span><b>c</b><font>d</font></div><div>e<br>f</div>"
        "<ul><li>g</li><li>h</li></ul><h2>i</h2>j<section>k</section></body>");
    EXPECT_EQ(doc.text(), "abcd\ne\nf\ng\nh\ni\nj\nk\n");
}

TEST(HtmlReaderText, ScriptsStylesFormsAndHiddenElementsAreSkipped) {
    Document doc = html_document(
        "<body><p>一</p><script>var x='二';</script><style>.a{}</style><p hidden>三</p>"
        "<p style=\"DISPLAY : none\">四</p><noscript>五</noscript><p>六<select><option>七</option></select>"
        "<button>八</button><input value=九></p><template>十</template><!-- 注释 --></body>");
    EXPECT_EQ(doc.text(), "一\n六\n");
}

TEST(HtmlReaderText, WordExportedMarkup) {
    const std::string html =
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
        "<!--[if gte mso 9]><xml><w:WordDocument>隐藏</w:WordDocument></xml><![endif]-->"
        "<style>p.MsoNormal{margin:0}</style></head>\n<body lang=ZH-CN>\n<div class=WordSection1>\n"
        "<p class=MsoNormal align=center><b><span style='font-size:22pt'>平潭综合实验区<span lang=EN-US>2020</span>"
        "年政府信息公开<span\nlang=EN-US><o:p></o:p></span></span></b></p>\n"
        "<p class=MsoNormal><span style='font-family:黑体'>一、总体</span><span style='font-family:黑体'>情况"
        "<span lang=EN-US><o:p>&nbsp;</o:p></span></span></p>\n"
        "<p class=MsoNormal style='text-indent:32.0pt'><span>全年共公开信息</span><span lang=EN-US>2602</span>"
        "<span>条，主要通过政府\n门户网站公开。</span></p>\n"
        "<p class=MsoNormal><![if !supportLists]><span lang=EN-US>1.<span style='font:7.0pt \"Times New Roman\"'>"
        "&nbsp;&nbsp;&nbsp; </span></span><![endif]><span>加强</span>解读</p>\n"
        "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n</div></body></html>";
    Document doc = html_document(html);
    EXPECT_EQ(doc.text(), "平潭综合实验区2020年政府信息公开\n一、总体情况\n全年共公开信息2602条，主要通过政府门户网站公开。\n1. 加强解读\n");
    Position men = position_of(doc, "门户");
    EXPECT_EQ(html.substr(men.original_offset, 6), "门户");
    EXPECT_EQ(men.column, 1u);
}

TEST(HtmlReaderText, MalformedHtmlIsReadAsBrowsersRepairIt) {
    ReadResult r = read("<div><p>一、总体情况<p>二、主动公开<b>政府信息情况<table><tr><td>1<td>2<tr><td>3<td>4");
    EXPECT_EQ(r.text, "一、总体情况\n二、主动公开政府信息情况\n1\t2\n3\t4\n");
    ASSERT_EQ(r.tables.size(), 1u);
    EXPECT_EQ(r.tables[0].rows, 2u);
    EXPECT_EQ(r.tables[0].columns, 2u);
}

TEST(HtmlReaderText, TextStrayInATableComesBeforeIt) {
    ReadResult r = read("<body><table>注：单位为件<tr><td>1</td><td>2</td></tr></table></body>");
    EXPECT_EQ(r.text, "注：单位为件\n1\t2\n");
    ASSERT_EQ(r.tables.size(), 1u);
    EXPECT_EQ(r.tables[0].range.begin, r.text.find('1'));
}

TEST(HtmlReaderText, PreformattedTextKeepsItsLines) {
    EXPECT_EQ(read("<pre>\na  b\nc</pre>").text, "a  b\nc\n");
}

TEST(HtmlReaderInput, EmptyBinaryAndTextlessPagesAreRefused) {
    EXPECT_THROW(read(""), InputError);
    EXPECT_THROW(read(std::string("\x00\x01\x02<html>", 9)), InputError);
    EXPECT_THROW(read("<html><body><script>x()</script></body></html>"), InputError);
}

TEST(HtmlReaderInput, DeepNestingIsRefused) {
    std::string html;
    for (int i = 0; i < 3000; ++i) html += "<div>";
    html += "x";
    EXPECT_THROW(read(html), InputError);
}

TEST(HtmlReaderEncoding, MetaCharsetGbkPage) {
    const std::string utf8 =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>\n"
        "<p>XX县2019年政府信息公开工作年度报告</p>\n<p>一、总体情况</p>\n<p>二、主动公开政府信息情况</p>\n</body></html>";
    const std::string bytes = test::encode_as(utf8, "GB18030");
    ReadResult r = read_html(bytes, report_options());
    EXPECT_EQ(r.encoding, "GB18030");
    EXPECT_FALSE(r.bom);
    Document doc("page.html", bytes, std::move(r));
    EXPECT_EQ(doc.text(), "XX县2019年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n");
    Position p = position_of(doc, "总体情况");
    EXPECT_EQ(p.line, 3u);
    EXPECT_EQ(p.column, 6u);
    EXPECT_EQ(p.original_offset, bytes.find(test::encode_as("总体情况", "GB18030")));
    auto fix = doc.original_range(TextRange{doc.text().find("总体"), doc.text().find("情况")});
    ASSERT_TRUE(fix.has_value());
    EXPECT_EQ(bytes.substr(fix->begin, fix->end - fix->begin), test::encode_as("总体", "GB18030"));
}

TEST(HtmlReaderEncoding, MetaCharsetAttribute) {
    const std::string bytes = test::encode_as("<meta charset=\"GBK\"><p>年度报告</p>", "GB18030");
    ReadResult r = read(bytes);
    EXPECT_EQ(r.encoding, "GB18030");
    EXPECT_EQ(r.text, "年度报告\n");
}

TEST(HtmlReaderEncoding, EncodingOptionOverridesMeta) {
    ReadOptions options;
    options.encoding = "UTF-8";
    ReadResult r = read("<meta charset=\"gbk\"><p>政府信息公开</p>", options);
    EXPECT_EQ(r.encoding, "UTF-8");
    EXPECT_EQ(r.text, "政府信息公开\n");
}

TEST(HtmlReaderEncoding, UnknownOrWrongMetaCharsetFallsBackToDetection) {
    EXPECT_EQ(read("<meta charset=\"no-such-charset\"><p>年度报告</p>").encoding, "UTF-8");
    // Declared UTF-8, written in GB18030: read as GB18030.
    ReadResult r = read(test::encode_as("<meta charset=\"utf-8\"><p>年度报告</p>", "GB18030"));
    EXPECT_EQ(r.encoding, "GB18030");
    EXPECT_EQ(r.text, "年度报告\n");
}

TEST(HtmlReaderEncoding, Utf8ByteOrderMark) {
    const std::string bytes = "\xEF\xBB\xBF<p>一、总体情况</p>";
    ReadResult r = read(bytes);
    EXPECT_TRUE(r.bom);
    EXPECT_EQ(r.encoding, "UTF-8");
    Document doc("page.html", bytes, std::move(r));
    EXPECT_EQ(position_of(doc, "一").original_offset, 6u);
    EXPECT_EQ(position_of(doc, "一").column, 4u);
}

TEST(HtmlReaderTable, SpansBlankCellsAndLineBreaksInCells) {
    const std::string html =
        "<table border=1>\n"
        "<thead><tr><th rowspan=2>项目</th><th colspan=2>申请人</th><th>总计</th></tr>\n"
        "<tr><th>自然人</th><th>法人<br>或其他组织</th><td></td></tr></thead>\n"
        "<tbody><tr><td>一、新收</td><td>20</td><td> </td><td>21</td></tr>\n"
        "<tr><td><p>三、办理</p><p>结果</p></td><td colspan=0>6</td><td>&nbsp;</td><td>7</td></tr></tbody>\n"
        "<tfoot><tr><td>合计</td><td>26</td><td>1</td><td>28</td></tr></tfoot>\n</table>";
    ReadResult r = read(html);
    EXPECT_EQ(r.text,
              "项目\t申请人\t总计\n自然人\t法人\n或其他组织\t\n一、新收\t20\t\t21\n三、办理\n结果\t6\t\t7\n合计\t26\t1\t28\n");
    ASSERT_EQ(r.tables.size(), 1u);
    const TableGrid& g = r.tables[0];
    EXPECT_EQ(g.rows, 5u);
    EXPECT_EQ(g.columns, 4u);
    EXPECT_EQ(g.range.begin, 0u);
    EXPECT_EQ(g.range.end, r.text.size() - 1);
    EXPECT_EQ(g.cell_at(1, 0), g.cell_at(0, 0));
    EXPECT_EQ(g.cell_at(0, 2), g.cell_at(0, 1));
    EXPECT_EQ(g.cells[g.cell_at(0, 1)].column_span, 2u);
    EXPECT_EQ(cell_text(r, g, 1, 1), "自然人");
    EXPECT_EQ(cell_text(r, g, 1, 2), "法人\n或其他组织");
    EXPECT_EQ(cell_text(r, g, 3, 0), "三、办理\n结果");
    EXPECT_EQ(cell_text(r, g, 3, 1), "6");
    EXPECT_EQ(cell_text(r, g, 4, 3), "28");
    // A blank cell is an empty range at its place: right after the tab before it.
    const TextRange blank = g.cells[g.cell_at(1, 3)].range;
    EXPECT_EQ(blank.begin, blank.end);
    EXPECT_EQ(blank.begin, r.text.find("或其他组织\t") + std::string("或其他组织\t").size());
    EXPECT_EQ(cell_text(r, g, 2, 2), "");

    Document doc("t.html", html, std::move(r));
    Place place = doc.place(doc.text().find("21"));
    EXPECT_EQ(place.table, 1u);
    EXPECT_EQ(place.row, 3u);
    EXPECT_EQ(place.column, 4u);
    EXPECT_EQ(position_of(doc, "21").line, 4u);
}

TEST(HtmlReaderTable, RowspanZeroAndAbsurdSpans) {
    ReadResult r = read(
        "<table><tr><td rowspan=0>A</td><td>b1</td></tr><tr><td>b2</td></tr>"
        "<tr><td rowspan=65534>c3</td><td colspan=\"99999\" rowspan=\"x\">x</td></tr><tr></tr></table>");
    ASSERT_EQ(r.tables.size(), 1u);
    const TableGrid& g = r.tables[0];
    EXPECT_EQ(g.rows, 3u);
    EXPECT_EQ(g.columns, 1002u);
    EXPECT_EQ(cell_text(r, g, 2, 0), "A");
    EXPECT_EQ(cell_text(r, g, 1, 1), "b2");
    EXPECT_EQ(cell_text(r, g, 2, 1), "c3");
    EXPECT_EQ(cell_text(r, g, 2, 1001), "x");
    EXPECT_EQ(cell_text(r, g, 1, 2), "<none>");
    EXPECT_EQ(r.text, "A\tb1\nb2\nc3\tx\n");
}

TEST(HtmlReaderTable, RowspanZeroEndsWithItsRowGroup) {
    ReadResult r = read(
        "<table><thead><tr><td rowspan=0>H</td><td>h1</td></tr><tr><td>h2</td></tr></thead>"
        "<tbody><tr><td>b</td><td>c</td></tr></tbody></table>");
    ASSERT_EQ(r.tables.size(), 1u);
    const TableGrid& g = r.tables[0];
    EXPECT_EQ(g.rows, 3u);
    EXPECT_EQ(g.columns, 2u);
    EXPECT_EQ(g.cells[g.cell_at(0, 0)].row_span, 2u);
    EXPECT_EQ(cell_text(r, g, 1, 0), "H");
    EXPECT_EQ(cell_text(r, g, 1, 1), "h2");
    EXPECT_EQ(cell_text(r, g, 2, 0), "b");
}

TEST(HtmlReaderTable, LayoutTableAroundDataTableIsReadAsBlocks) {
    ReadResult r = read(
        "<table width=100%><tr><td>\n<p>一、总体情况</p><p>正文。</p>\n"
        "<table border=1><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table>\n"
        "</td><td>侧栏</td></tr></table>");
    EXPECT_EQ(r.text, "一、总体情况\n正文。\na\tb\n1\t2\n侧栏\n");
    ASSERT_EQ(r.tables.size(), 1u);
    EXPECT_EQ(r.tables[0].rows, 2u);
    EXPECT_EQ(r.tables[0].columns, 2u);
    EXPECT_EQ(r.text.substr(r.tables[0].range.begin, r.tables[0].range.end - r.tables[0].range.begin), "a\tb\n1\t2");
}

TEST(HtmlReaderTable, SingleCellTableIsLayout) {
    ReadResult r = read("<table><tr><td><p>第一段。</p><p>第二段。</p></td></tr></table>");
    EXPECT_EQ(r.text, "第一段。\n第二段。\n");
    EXPECT_TRUE(r.tables.empty());
}

const char kCmsPage[] =
    "<html><head><title>XX市2019年政府信息公开工作年度报告_网站</title><script>var a='总体情况';</script></head><body>\n"
    "<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a>网站地图</a></li></ul></div>\n"
    "<div class=\"search\"><input placeholder=\"搜索\"><button>搜索</button></div>\n"
    "<div class=\"main\">\n <div class=\"content\">\n"
    "  <p>XX市2019年政府信息公开工作年度报告</p>\n"
    "  <p>一、总体情况</p><p>正文一。</p>\n"
    "  <p>二、主动公开政府信息情况</p><p>正文二。</p>\n"
    "  <!-- gklint-disable-next-line table/identity, text/artifact -->\n"
    "  <p>三、收到和处理政府信息公开申请情况</p>\n"
    "  <p>四、政府信息公开行政复议、行政诉讼情况</p>\n"
    "  <p>五、存在的主要问题及改进情况<!-- gklint-disable-next-line --></p>\n"
    "  <p>六、其他需要报告的事项</p><p>无。</p>\n"
    " </div>\n"
    " <div class=\"related\"><span>相关链接：</span><a>XX市2018年政府信息公开工作年度报告</a></div>\n"
    "</div>\n<div class=\"footer\">版权所有 网站地图 联系我们</div>\n</body></html>";

TEST(HtmlReaderBody, MenuFooterAndRelatedLinksAreLeftOut) {
    ReadResult r = read(kCmsPage, report_options());
    EXPECT_EQ(r.text,
              "XX市2019年政府信息公开工作年度报告\n一、总体情况\n正文一。\n二、主动公开政府信息情况\n正文二。\n"
              "三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n"
              "六、其他需要报告的事项\n无。\n");
}

TEST(HtmlReaderBody, WithoutMarkersTheWholeBodyIsRead) {
    ReadResult r = read(kCmsPage);
    EXPECT_EQ(r.text.rfind("首页\n网站地图\n", 0), 0u);
    EXPECT_NE(r.text.find("版权所有"), std::string::npos);
    EXPECT_EQ(r.text.find("var a"), std::string::npos);
}

TEST(HtmlReaderBody, SuppressionCommentCoversTheNextLine) {
    ReadResult r = read(kCmsPage, report_options());
    ASSERT_EQ(r.suppressions.size(), 2u);
    auto line_of = [&](const InlineSuppression& s) { return r.text.substr(s.range.begin, s.range.end - s.range.begin); };
    EXPECT_EQ(line_of(r.suppressions[0]), "三、收到和处理政府信息公开申请情况");
    EXPECT_EQ(r.suppressions[0].rules, (std::vector<std::string>{"table/identity", "text/artifact"}));
    // A comment inside a line covers the line after it.
    EXPECT_EQ(line_of(r.suppressions[1]), "六、其他需要报告的事项");
    EXPECT_TRUE(r.suppressions[1].rules.empty());
}

TEST(HtmlReaderBody, TitleAboveTheBodyIsTheFirstLine) {
    const std::string html =
        "<body><div class=nav>首页</div><div class=article>\n<h1>XX县2023年政府信息公开工作年度报告</h1>\n"
        "<div class=meta>来源：XX县 时间：2024-01-20</div>\n<div class=TRS_Editor><p>本报告依据《中华人民共和国政府信息公开条例》和"
        "《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》编制，"
        "所列数据的统计期限自2023年1月1日起至2023年12月31日止。</p>"
        "<p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p></div>\n"
        "</div><div class=footer>网站地图</div></body>";
    Document doc = html_document(html, report_options());
    EXPECT_EQ(doc.text(),
              "XX县2023年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》和"
              "《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》编制，"
              "所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n");
    EXPECT_EQ(position_of(doc, "XX县").line, 2u);
    EXPECT_EQ(position_of(doc, "XX县").column, 5u);
    EXPECT_EQ(position_of(doc, "一、总体").line, 4u);
}

TEST(HtmlReaderBody, PageWithoutReportIsRefused) {
    try {
        read("<html><body><div>首页</div><p>今日新闻：总体情况良好。</p></body></html>", report_options());
        FAIL() << "no InputError";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("no report found in the page"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace gklint
