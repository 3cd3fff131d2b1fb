// FindingList keeps what one sort of every finding would keep — the first
// kMaxFindingsPerRule by position, ties in the order reported, suppressed ones out —
// while holding only a few times that many.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/finding_list.h"

namespace gklint {
namespace {

Diagnostic at(std::size_t begin, std::size_t id) {
    Diagnostic d;
    d.range = {begin, begin + 1};
    d.message = std::to_string(id);
    return d;
}

// The result of sorting everything: admitted findings, stable by position, the first N.
std::vector<std::string> reference(const std::vector<Diagnostic>& all, bool (*admit)(const Diagnostic&)) {
    std::vector<Diagnostic> kept;
    for (const auto& d : all)
        if (admit(d)) kept.push_back(d);
    std::stable_sort(kept.begin(), kept.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.range.begin < b.range.begin; });
    if (kept.size() > kMaxFindingsPerRule) kept.resize(kMaxFindingsPerRule);
    std::vector<std::string> out;
    for (const auto& d : kept) out.push_back(d.message);
    return out;
}

bool odd_positions_suppressed(const Diagnostic& d) { return d.range.begin % 2 == 0; }

TEST(FindingList, KeepsTheFirstByPositionWithTiesInReportOrderAsOneSortWould) {
    std::vector<Diagnostic> all;
    std::uint32_t seed = 12345;
    for (std::size_t i = 0; i < 20000; ++i) {
        seed = seed * 1103515245u + 12345u;
        all.push_back(at((seed >> 8) % 700, i));  // many ties, out of order
    }
    FindingList list([](Diagnostic& d) { return odd_positions_suppressed(d); });
    for (const auto& d : all) list.push_back(d);
    std::vector<std::string> got;
    for (const auto& d : list.finish()) got.push_back(d.message);
    EXPECT_EQ(got, reference(all, odd_positions_suppressed));
    std::size_t admitted = std::count_if(all.begin(), all.end(), odd_positions_suppressed);
    EXPECT_EQ(list.left_out(), admitted - kMaxFindingsPerRule);
}

TEST(FindingList, FewFindingsStayInTheOrderReported) {
    FindingList list;
    for (std::size_t i = 0; i < 50; ++i) list.push_back(at(100 - i, i));
    auto& kept = list.finish();
    ASSERT_EQ(kept.size(), 50u);
    EXPECT_EQ(kept.front().message, "0");
    EXPECT_EQ(kept.back().message, "49");
    EXPECT_EQ(list.left_out(), 0u);
}

TEST(FindingList, BackIsTheFindingJustReportedEvenWhenTheListWasCutBefore) {
    FindingList list;
    for (std::size_t i = 0; i < 4 * kMaxFindingsPerRule; ++i) list.push_back(at(10, i));
    list.push_back(at(5, 9999));  // cuts the list to the first N, then appends
    list.back().notes.push_back({{5, 6}, "note"});
    auto& kept = list.finish();
    ASSERT_EQ(kept.size(), kMaxFindingsPerRule);
    EXPECT_EQ(kept.front().message, "9999");
    ASSERT_EQ(kept.front().notes.size(), 1u);
    EXPECT_EQ(list.left_out(), 4 * kMaxFindingsPerRule + 1 - kMaxFindingsPerRule);
}

}  // namespace
}  // namespace gklint
