// The packs' pattern scan: ICU patterns in Hyperscan's syntax with the same or a wider
// meaning, or not at all; and a scan that rules out only what cannot match.
#include <gtest/gtest.h>

#include "packs/icu_regex.h"
#include "packs/pattern_prefilter.h"

namespace gklint {
namespace {

TEST(PrefilterSyntax, SpellsIcuEscapesTheWayHyperscanReadsThem) {
    EXPECT_EQ(prefilter_syntax(R"(国务院令第[ \t\u3000]*492号)"), R"(国务院令第[ \t\x{3000}]*492号)");
    EXPECT_EQ(prefilter_syntax(R"(申请\s+件)"), R"(申请[\t\n\f\r\p{Z}]+件)");
    EXPECT_EQ(prefilter_syntax(R"([^，。\s0-9])"), R"([^，。\t\n\f\r\p{Z}0-9])");
    EXPECT_EQ(prefilter_syntax(R"((?<at>\p{Han}{2})件)"), R"((?:\p{Han}{2})件)");
    EXPECT_EQ(prefilter_syntax(R"((?<=由)概述(?=[、，]))"), R"((?<=由)概述(?=[、，]))");
}

TEST(PrefilterSyntax, DropsLineAnchorsWhichOnlyWidensTheMatch) {
    // ICU ends lines at \r and U+2028 too; without the anchors Hyperscan can only match more.
    EXPECT_EQ(prefilter_syntax(R"((?m:^|(?<=、))政府信息公开(?=。|(?m:$)))"), R"((?:|(?<=、))政府信息公开(?=。|(?:)))");
}

TEST(PrefilterSyntax, RefusesWhatMightMeanLessInHyperscan) {
    for (const char* p : {R"(\w+件)", R"(\bfoo)", R"((?i:image))", R"((工作)\1)", R"([[a-z]--[x]])", R"([\S])",
                          R"([[:alpha:]])", R"((?x) a b)"})
        EXPECT_FALSE(prefilter_syntax(p).has_value()) << p;
}

TEST(PatternPrefilter, RulesOutOnlyPatternsThatCannotMatch) {
    auto& scan = PatternPrefilter::global();
    auto present = scan.add(R"([0-9][条件][、，,；;](?<at>[^，。；、,;：:\s0-9]{2,12}[条件])(?=[、，。]))", false);
    auto absent = scan.add(R"(国务院令第[ \t\u3000]*492[ \t\u3000]*号)", false);
    auto caseless = scan.add("image", true);
    ASSERT_TRUE(present && absent);
    EXPECT_FALSE(caseless.has_value());
    std::string text = "主动公开政府信息17条、人事信息条、其他5条。依据国务院令第711号。";
    auto hits = scan.scan(text);
    EXPECT_TRUE(hits->may_match(*present));
    EXPECT_FALSE(hits->may_match(*absent));
    // ICU agrees on both.
    bool icu_present = false, icu_absent = false;
    IcuRegex(R"([0-9][条件][、，,；;](?<at>[^，。；、,;：:\s0-9]{2,12}[条件])(?=[、，。]))")
        .for_each_match(text, [&](const RegexMatch&) { icu_present = true; });
    IcuRegex(R"(国务院令第[ \t\u3000]*492[ \t\u3000]*号)").for_each_match(text, [&](const RegexMatch&) { icu_absent = true; });
    EXPECT_TRUE(icu_present);
    EXPECT_FALSE(icu_absent);
}

}  // namespace
}  // namespace gklint

namespace gklint {
namespace {

std::vector<std::pair<std::size_t, std::size_t>> all_matches(const std::vector<IcuRegex>& patterns, std::string_view text,
                                                             const std::vector<const std::vector<SearchWindow>*>* windows) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    IcuRegex::for_each_match_of_any(patterns, text, [&](std::size_t, const RegexMatch& m) { out.emplace_back(m.begin, m.end); },
                                    nullptr, windows);
    return out;
}

TEST(PatternPrefilter, WindowsHoldEveryMatchOfABoundedPattern) {
    auto& scan = PatternPrefilter::global();
    // Bounded, with look-arounds on both sides, and a greedy repeat that a window's end could cut.
    const std::vector<std::string> sources = {
        R"((?<at>[^，。；、,;：:\s0-9（）()“”]{2,12}(?<![文案])[条件])、(?=[^，。；、]{1,14}?[0-9]+[条件]))",
        R"(20(?<![0-9.．]20)[0-9]{2}(?:1[0-2]|0?[1-9])月)",
        R"(收到[^，。]{0,6}申请)"};
    std::string text;
    for (int i = 0; i < 30; ++i)
        text += "公开核准企业资质条、施工许可证76条，2020" + std::to_string(i % 13) + "月收到群众申请" + std::to_string(i) +
                "件，收到，申请。𠮷";
    std::vector<IcuRegex> patterns;
    std::vector<std::size_t> ids;
    for (const auto& p : sources) {
        patterns.emplace_back(p);
        auto id = scan.add(p, false);
        ASSERT_TRUE(id.has_value()) << p;
        ids.push_back(*id);
    }
    auto hits = scan.scan(text);
    std::vector<const std::vector<SearchWindow>*> windows;
    for (std::size_t id : ids) {
        windows.push_back(hits->windows(id));
        ASSERT_NE(windows.back(), nullptr) << "a pattern of bounded width gets windows";
    }
    auto whole = all_matches(patterns, text, nullptr);
    EXPECT_GT(whole.size(), 60u);
    EXPECT_EQ(all_matches(patterns, text, &windows), whole);
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        std::vector<IcuRegex> one;
        one.emplace_back(sources[i]);
        std::vector<const std::vector<SearchWindow>*> w{windows[i]};
        EXPECT_EQ(all_matches(one, text, &w), all_matches(one, text, nullptr)) << sources[i];
    }
}

TEST(PatternPrefilter, UnboundedPatternsGetNoWindows) {
    auto& scan = PatternPrefilter::global();
    auto id = scan.add(R"(申请[ \t]*件)", false);
    ASSERT_TRUE(id.has_value());
    auto hits = scan.scan("收到申请  件。");
    EXPECT_TRUE(hits->may_match(*id));
    EXPECT_EQ(hits->windows(*id), nullptr);
}

}  // namespace
}  // namespace gklint
