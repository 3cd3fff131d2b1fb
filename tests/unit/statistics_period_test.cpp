// The statistics period statements of the report model, in the ways reports write them.
#include <gtest/gtest.h>

#include <string>

#include "model/statistics_period.h"

namespace gklint {
namespace {

std::string at(const std::string& text, TextRange r) { return text.substr(r.begin, r.end - r.begin); }

TEST(StatisticsPeriod, FullRangeWithEachPart) {
    std::string text = "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。";
    auto periods = find_statistics_periods(text, {});
    ASSERT_EQ(periods.size(), 1u);
    const auto& p = periods[0];
    EXPECT_EQ(p.kind, PeriodStatement::Kind::Range);
    ASSERT_TRUE(p.start_year && p.start_month && p.start_day && p.end_year && p.end_month && p.end_day);
    EXPECT_EQ(p.start_year->value, 2021);
    EXPECT_EQ(p.end_month->value, 12);
    EXPECT_EQ(p.end_day->value, 31);
    EXPECT_EQ(at(text, p.start_year->range), "2021");
    EXPECT_EQ(at(text, p.end_day->range), "31");
}

TEST(StatisticsPeriod, AcrossBlanksAndALineBreakWithFullWidthDigits) {
    std::string text = "报告中所列数据统计期\n限自 ２０２３ 年 1 月 1 日起至 2023 年 12\n月 31 日止。";
    auto periods = find_statistics_periods(text, {});
    ASSERT_EQ(periods.size(), 1u);
    ASSERT_TRUE(periods[0].start_year && periods[0].end_month);
    EXPECT_EQ(periods[0].start_year->value, 2023);
    EXPECT_EQ(at(text, periods[0].start_year->range), "２０２３");
    EXPECT_EQ(periods[0].end_month->value, 12);
    EXPECT_EQ(at(text, periods[0].end_month->range), "12");
}

TEST(StatisticsPeriod, EndWithoutYearChineseNumeralsAndNumericDates) {
    auto a = find_statistics_periods("统计期间为2020年1月至12月。", {});
    ASSERT_EQ(a.size(), 1u);
    EXPECT_FALSE(a[0].end_year);
    EXPECT_FALSE(a[0].start_day);
    EXPECT_EQ(a[0].end_month->value, 12);
    auto b = find_statistics_periods("统计时限为二〇二〇年一月一日至二〇二〇年十二月三十一日。", {});
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].start_year->value, 2020);
    EXPECT_EQ(b[0].end_day->value, 31);
    auto c = find_statistics_periods("数据统计时间：2020.1.1—2020.12.31。", {});
    ASSERT_EQ(c.size(), 1u);
    EXPECT_EQ(c[0].end_year->value, 2020);
}

TEST(StatisticsPeriod, WholeYearAndCutOff) {
    auto a = find_statistics_periods("本报告统计期限为2020年度。", {});
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].kind, PeriodStatement::Kind::WholeYear);
    EXPECT_EQ(a[0].start_year->value, 2020);
    EXPECT_FALSE(a[0].end_year);
    auto b = find_statistics_periods("本报告所列数据统计截至2020年12月31日。", {});
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].kind, PeriodStatement::Kind::CutOff);
    EXPECT_FALSE(b[0].start_year);
    EXPECT_EQ(b[0].end_day->value, 31);
}

TEST(StatisticsPeriod, DateRangesThatAreNotThePeriod) {
    EXPECT_TRUE(find_statistics_periods("据统计，2020年3月1日至6月30日开展专项行动。", {}).empty());
    EXPECT_TRUE(find_statistics_periods("2020年3月1日至6月30日，我镇开展政务公开培训。", {}).empty());
    // Inside a table: not a statement of the report.
    std::string text = "统计期限2020年1月1日至2020年12月31日";
    Table t;
    t.present = true;
    t.range = {0, text.size()};
    EXPECT_TRUE(find_statistics_periods(text, {t}).empty());
}

}  // namespace
}  // namespace gklint
