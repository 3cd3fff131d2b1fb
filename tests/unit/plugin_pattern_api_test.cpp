// The host's pattern scan for plugins (gklint_host_api.pattern_register and
// pattern_windows, and SinglePatternScan under them): every ICU match lies in a window;
// no window when nothing can match; "search everywhere" when the scan cannot tell.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "packs/icu_regex.h"
#include "packs/single_pattern_scan.h"
#include "plugin_host/host_api.h"

namespace gklint {
namespace {

std::vector<RegexMatch> icu_matches(const std::string& pattern, std::string_view text) {
    std::vector<RegexMatch> out;
    IcuRegex(pattern, false, false).for_each_match(text, [&](const RegexMatch& m) { out.push_back(m); });
    return out;
}

bool inside(const RegexMatch& m, const std::vector<SearchWindow>& windows) {
    for (const auto& w : windows)
        if (w.begin <= m.begin && m.begin <= w.end && m.end <= w.end) return true;
    return false;
}

std::string report_text() {
    std::string text;
    for (int i = 0; i < 40; ++i)
        text += "本年度共收到政府信息公开申请" + std::to_string(i) + "件，其中自然人申请3件，法人或其他组织申请" +
                std::to_string(i % 7) + "件。上年结转2件。未发生行政复议。";
    return text;
}

TEST(SinglePatternScan, WindowsOfABoundedPatternHoldEveryMatch) {
    // Bounded: the width after the look-behind and the lazy gap is at most a few dozen bytes.
    const std::string pattern = R"((?<!去)年结转[^。；，]{0,8}?([0-9０-９]{1,6})件)";
    auto scan = SinglePatternScan::compile(pattern);
    ASSERT_NE(scan, nullptr);
    std::string text = report_text();
    auto windows = scan->windows(text);
    ASSERT_TRUE(windows.has_value());
    auto matches = icu_matches(pattern, text);
    ASSERT_EQ(matches.size(), 40u);
    for (const auto& m : matches) EXPECT_TRUE(inside(m, *windows)) << m.begin;
    std::size_t covered = 0;
    for (const auto& w : *windows) covered += w.end - w.begin;
    EXPECT_LT(covered, text.size() / 2) << "the windows are where the pattern is, not the whole text";
}

TEST(SinglePatternScan, NoWindowWhenNothingCanMatchAndAnywhereWhenUnbounded) {
    auto bounded = SinglePatternScan::compile(R"(行政诉讼[0-9]件)");
    ASSERT_NE(bounded, nullptr);
    auto none = bounded->windows(report_text());
    ASSERT_TRUE(none.has_value());
    EXPECT_TRUE(none->empty());

    auto unbounded = SinglePatternScan::compile(R"(收到[^。]*申请)");
    ASSERT_NE(unbounded, nullptr);
    EXPECT_FALSE(unbounded->windows(report_text()).has_value()) << "it may match: search everywhere";
    auto absent = unbounded->windows("本年度未发生行政复议。");
    ASSERT_TRUE(absent.has_value());
    EXPECT_TRUE(absent->empty());
}

TEST(SinglePatternScan, RefusesWhatItCannotPromise) {
    EXPECT_EQ(SinglePatternScan::compile(R"(\w+件)"), nullptr);  // \w: not promised alike
    EXPECT_EQ(SinglePatternScan::compile(R"((?i)image)"), nullptr);
    auto scan = SinglePatternScan::compile("收到[0-9]+件");
    ASSERT_NE(scan, nullptr);
    EXPECT_FALSE(scan->windows("收到\xFF" "3件").has_value()) << "invalid UTF-8: Hyperscan cannot tell";
}

TEST(HostPatternApi, RegistersOncePerPatternAndReportsWindows) {
    const gklint_host_api& host = host_api();
    ASSERT_TRUE(GKLINT_HAS_FIELD(&host, gklint_host_api, pattern_windows));
    const std::string pattern = R"(自然人申请([0-9]{1,6})件)";
    uint32_t a = host.pattern_register(pattern.data(), pattern.size());
    uint32_t b = host.pattern_register(pattern.data(), pattern.size());
    ASSERT_NE(a, 0u);
    EXPECT_EQ(a, b);
    std::string text = report_text();
    std::vector<SearchWindow> windows;
    auto add = [](void* user, std::size_t begin, std::size_t end) {
        static_cast<std::vector<SearchWindow>*>(user)->push_back({begin, end});
    };
    ASSERT_EQ(host.pattern_windows(a, text.data(), text.size(), add, &windows), 1);
    auto matches = icu_matches(pattern, text);
    ASSERT_EQ(matches.size(), 40u);
    for (const auto& m : matches) EXPECT_TRUE(inside(m, windows));
    EXPECT_EQ(host.pattern_windows(0, text.data(), text.size(), add, &windows), 0) << "handle 0: search everywhere";
    EXPECT_EQ(host.pattern_windows(a + 1000, text.data(), text.size(), add, &windows), 0);
    EXPECT_EQ(host.pattern_register(R"(\bword)", 7), 0u) << "a pattern the scan cannot promise gets no handle";
}

}  // namespace
}  // namespace gklint
