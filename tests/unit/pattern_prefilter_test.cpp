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
