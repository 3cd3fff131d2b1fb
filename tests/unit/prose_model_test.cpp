// The prose part of the report model on real report text: numbers with units,
// Chinese numerals, enumerations and what announces them, title, period, signature.
#include <gtest/gtest.h>

#include "core/document.h"
#include "model/analysis.h"
#include "model/chinese_numerals.h"
#include "support/builtin_registry.h"
#include "support/process.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

TEST(ChineseNumerals, ValuesAsReportsWriteThem) {
    EXPECT_EQ(chinese_numeral_value(U"二十六"), 26);
    EXPECT_EQ(chinese_numeral_value(U"十二"), 12);
    EXPECT_EQ(chinese_numeral_value(U"二十"), 20);
    EXPECT_EQ(chinese_numeral_value(U"两"), 2);
    EXPECT_EQ(chinese_numeral_value(U"一百二十八"), 128);
    EXPECT_EQ(chinese_numeral_value(U"一百零五"), 105);
    EXPECT_EQ(chinese_numeral_value(U"两千"), 2000);
    EXPECT_EQ(chinese_numeral_value(U"三万五千"), 35000);
    EXPECT_EQ(chinese_numeral_value(U"二〇二一"), 2021);
    EXPECT_EQ(chinese_numeral_value(U"〇"), 0);
    EXPECT_FALSE(chinese_numeral_value(U"二三").has_value());
    EXPECT_FALSE(chinese_numeral_value(U"").has_value());
}

struct Loaded {
    std::unique_ptr<Document> doc;
    std::unique_ptr<Analysis> analysis;
    std::string at(TextRange r) const { return std::string(doc->text().substr(r.begin, r.end - r.begin)); }
    std::size_t line(TextRange r) const { return doc->position(r.begin, ColumnUnit::CodePoint).line; }
};

Loaded text_report(const std::string& text) {
    Loaded l;
    l.doc = std::make_unique<Document>("t.txt", text);
    l.analysis = std::make_unique<Analysis>(*l.doc, &test::builtin_templates());
    return l;
}

Loaded file_report(const std::string& relative) {
    return text_report(test::read_file(test::source_path(relative)));
}

TEST(ProseModel, NarrativeTotalsOfSample002WithTheirUnits) {
    Loaded r = file_report("examples/002_de76e490e607cf78.txt");
    std::vector<double> line9;
    for (const auto& n : r.analysis->model().numbers)
        if (r.line(n.range) == 9 && n.unit == "条" && n.role == "count") line9.push_back(n.value);
    // "…214条，其中…28条…242条…" (domain.md §4.3)
    EXPECT_NE(std::find(line9.begin(), line9.end(), 214), line9.end());
    EXPECT_NE(std::find(line9.begin(), line9.end(), 28), line9.end());
    EXPECT_NE(std::find(line9.begin(), line9.end(), 242), line9.end());
}

TEST(ProseModel, NumbersChineseNumeralsPercentagesAndWhatIsNotACount) {
    Loaded r = text_report(
        "一、总体情况\n"
        "2021年，本镇共主动公开政府信息1,205条，同比增长12.5%，收到申请两件，办理完毕二十六件，涉及3.5万元。\n"
        "依据《条例》第二十条第（一）项。一是加强领导。\n");
    std::vector<std::tuple<double, std::string, std::string>> seen;
    for (const auto& n : r.analysis->model().numbers) seen.emplace_back(n.value, n.unit, n.role);
    auto has = [&](double v, const std::string& unit, const std::string& role) {
        return std::find(seen.begin(), seen.end(), std::make_tuple(v, unit, role)) != seen.end();
    };
    EXPECT_TRUE(has(2021, "年", "date"));
    EXPECT_TRUE(has(1205, "条", "count"));
    EXPECT_TRUE(has(12.5, "%", "count"));
    EXPECT_TRUE(has(2, "件", "count"));
    EXPECT_TRUE(has(26, "件", "count"));
    EXPECT_TRUE(has(3.5, "万元", "count"));
    // 第二十条 and 一是 are not numbers of anything.
    for (const auto& [v, unit, role] : seen) EXPECT_NE(v, 20) << unit << " " << role;
    EXPECT_EQ(std::count_if(seen.begin(), seen.end(), [](const auto& t) { return std::get<0>(t) == 1; }), 0);
}

TEST(ProseModel, PdfTextUnitsAfterABlankOrALineWrap) {
    // Real 2024 淮安 text: "受理…申请 3119 件" and "行政复议 351\n件" (the unit wrapped to the next line).
    Loaded r = file_report("tests/fixtures/real/2024_huaian_szf.txt");
    bool spaced = false, wrapped = false, year = false;
    for (const auto& n : r.analysis->model().numbers) {
        spaced = spaced || (n.value == 3119 && n.unit == "件" && n.role == "count");
        wrapped = wrapped || (n.value == 351 && n.unit == "件" && r.line(n.range) == 33);
        year = year || (n.value == 2024 && n.unit == "年" && n.role == "date");
    }
    EXPECT_TRUE(spaced);
    EXPECT_TRUE(wrapped);
    EXPECT_TRUE(year);
}

TEST(ProseModel, AnnouncedFourButThreeItemsInSample001) {
    Loaded r = file_report("examples/001_6997cc47fc5df21f.txt");
    const Enumeration* found = nullptr;
    for (const auto& e : r.analysis->model().enumerations)
        if (e.announced) found = &e;
    ASSERT_TRUE(found);
    EXPECT_EQ(*found->announced, 4);
    EXPECT_EQ(found->items.size(), 3u);
    EXPECT_EQ(r.line(*found->announcement), 65u);
    EXPECT_EQ(r.at(found->items[0].marker), "一是");
}

TEST(ProseModel, EnumerationsRunOverLinesAndStopAtAGap) {
    Loaded r = text_report("一、总体情况\n下一步将做好以下三方面工作：\n一是加强学习。\n二是完善制度。\n三是强化监督。\n其他内容。\n1.第一项；2.第二项。\n");
    const auto& es = r.analysis->model().enumerations;
    ASSERT_EQ(es.size(), 2u);
    EXPECT_EQ(es[0].items.size(), 3u);
    EXPECT_EQ(es[0].announced, 3);
    EXPECT_EQ(es[1].style, "1.");
    EXPECT_EQ(es[1].items.size(), 2u);
}

TEST(ProseModel, TitlePeriodAndSignatureOfSample004) {
    Loaded r = file_report("examples/004_dc050822b7b0f109.txt");
    const ReportModel& m = r.analysis->model();
    ASSERT_TRUE(m.title);
    EXPECT_EQ(m.title->agency, "上塘镇");
    EXPECT_EQ(m.title->year, 2020);
    EXPECT_EQ(m.intro.period_start, "2020-01-01");
    EXPECT_EQ(m.intro.period_end, "2020-12-31");
    ASSERT_TRUE(m.signature);
    EXPECT_EQ(m.signature->agency, "丰城市上塘镇人民政府");
    EXPECT_EQ(m.signature->year, 2021);
    EXPECT_EQ(m.signature->month, 1);
    EXPECT_EQ(m.signature->day, 13);
}

TEST(ProseModel, TitleOverTwoLinesAndPartCount) {
    Loaded r = text_report("营丘镇\n2020年政府信息公开工作年度报告\n本报告由总体情况等六个部分组成。\n一、总体情况\n正文。\n");
    const ReportModel& m = r.analysis->model();
    ASSERT_TRUE(m.title);
    EXPECT_EQ(m.title->agency, "营丘镇");
    EXPECT_EQ(m.intro.part_count, 6);
    EXPECT_EQ(r.at(*m.intro.part_count_range), "六");
}

TEST(ProseModel, SubheadingsWithTheirNumberingStyle) {
    Loaded r = file_report("examples/000_35cae2b5b7ef7ad3.txt");
    const Section* overview = r.analysis->model().section("overview");
    ASSERT_TRUE(overview);
    ASSERT_FALSE(overview->subheadings.empty());
    EXPECT_EQ(overview->subheadings.front().style, NumberingStyle::ChineseParen);
    EXPECT_EQ(overview->subheadings.front().number, 1);
}

TEST(ProseModel, APartOutOfOrderIsRecordedApartAndEndsThePartBeforeIt) {
    Loaded r = text_report(
        "一、总体情况\n本年主动公开信息20条。\n二、主动公开政府信息情况\n见下表。\n"
        "三、收到和处理政府信息公开申请情况\n本年收到申请3件。\n四、政府信息公开行政复议、行政诉讼情况\n未发生。\n"
        "六、其他需要报告的事项\n无。\n五、存在的主要问题及改进情况\n更新不及时。\n");
    const Section* appeals = r.analysis->model().section("appeals");
    const Section* other = r.analysis->model().section("other");
    ASSERT_TRUE(appeals && other && appeals->present);
    EXPECT_FALSE(other->present);
    ASSERT_TRUE(other->misplaced);
    EXPECT_EQ(r.at(other->misplaced->range), "六、其他需要报告的事项");
    // Part 四 ends where part 六 stands, not at part 五 after it.
    EXPECT_EQ(r.line(TextRange{appeals->body.end, appeals->body.end}), 9u);
}

TEST(ProseModel, PartHeadingsAreSectionHeadings) {
    Loaded r = text_report(
        "第一部分 总体情况\n本年主动公开信息20条，详见第二部分统计表。\n"
        "第二部分：主动公开政府信息情况\n见下表。\n");
    const Section* overview = r.analysis->model().section("overview");
    const Section* proactive = r.analysis->model().section("proactive");
    ASSERT_TRUE(overview && proactive);
    ASSERT_TRUE(overview->heading && proactive->heading);
    EXPECT_EQ(overview->heading->style, NumberingStyle::PartOrdinal);
    EXPECT_EQ(overview->heading->number, 1);
    EXPECT_EQ(r.at(overview->heading->range), "第一部分 总体情况");
    EXPECT_EQ(overview->heading->title, "总体情况");
    EXPECT_EQ(r.line(proactive->heading->range), 3u);
    EXPECT_EQ(proactive->heading->title, "主动公开政府信息情况");
}

}  // namespace
}  // namespace gklint
