// Which report an audit compares each report with: the same agency, the year before,
// the same input kind when the agency published several files that year.
#include <gtest/gtest.h>

#include "audit/report_pairs.h"

namespace gklint {
namespace {

TEST(ReportPairs, ConsecutiveYearsOfOneAgencyAndTheSameInputKind) {
    std::vector<PairableReport> reports = {
        {1, "2021/a.html", "平潭综合实验区", "html", 2021}, {2, "2021/a.txt", "平潭综合实验区", "text", 2021},
        {3, "2022/a.html", "平潭综合实验区", "html", 2022}, {4, "2022/a.txt", "平潭综合实验区", "text", 2022},
        {5, "2024/a.pdf", "平潭综合实验区", "pdf", 2024},   {6, "2023/b.txt", "洪泽区", "text", 2023},
        {7, "2024/b.pdf", "洪泽区", "pdf", 2024},           {8, "notice.txt", "", "text", 2024},
        {9, "2019/c.txt", "泗张镇", "text", 0},
    };
    auto pairs = pair_reports(reports);
    ASSERT_EQ(pairs.size(), 3u);
    EXPECT_EQ(pairs[0].report, 3);  // 2022 web page ← 2021 web page
    EXPECT_EQ(pairs[0].previous, 1);
    EXPECT_EQ(pairs[1].report, 4);  // 2022 text copy ← 2021 text copy
    EXPECT_EQ(pairs[1].previous, 2);
    EXPECT_EQ(pairs[2].report, 7);  // another kind only: the first of last year's files
    EXPECT_EQ(pairs[2].previous, 6);
    // 2024 平潭 has no 2023 report: no pair; no key or no year: never paired.
}

TEST(ReportPairs, NothingToPairInAnEmptyOrOneYearAudit) {
    EXPECT_TRUE(pair_reports({}).empty());
    EXPECT_TRUE(pair_reports({{1, "a", "甲", "text", 2024}, {2, "b", "甲", "text", 2024}}).empty());
}

}  // namespace
}  // namespace gklint
