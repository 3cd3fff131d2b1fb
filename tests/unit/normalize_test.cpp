#include <gtest/gtest.h>

#include "model/digit_split.h"
#include "normalize/fold.h"
#include "normalize/normalized_text.h"
#include "normalize/pinyin.h"
#include "support/process.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

TEST(Normalize, SimplifiedTextWithoutAnnotationsIsLeftAloneWithAnIdentityMap) {
    std::string text = test::read_file(test::source_path("examples/004_dc050822b7b0f109.txt"));
    NormalizedText n = normalize_text(text);
    EXPECT_EQ(n.text(), text);
    EXPECT_TRUE(n.map.is_identity());
    EXPECT_FALSE(n.traditional);
}

TEST(Normalize, TraditionalWithPinyinBecomesSimplifiedAndMapsBack) {
    std::string text = "乳山口鎮(zhèn)認(rèn)真貫徹落實(shí)《條例》，和(he)(he)第(一)項(1)";
    NormalizedText n = normalize_text(text);
    EXPECT_EQ(n.text(), "乳山口镇认真贯彻落实《条例》，和第(一)项(1)");
    EXPECT_EQ(n.pinyin_annotations, 4u);
    // "认真" in the normalised text maps to "認(rèn)真" in the original.
    std::size_t at = n.text().find("认真");
    TextRange src = n.map.to_source({at, at + std::string("认真").size()});
    EXPECT_EQ(text.substr(src.begin, src.end - src.begin), "認(rèn)真");
    // A range ending right after 镇 ends before the annotation.
    std::size_t zhen = n.text().find("镇") + std::string("镇").size();
    EXPECT_EQ(text.substr(0, n.map.to_source_end(zhen)), "乳山口鎮");
}

TEST(Normalize, AnEmptyRangeRightAfterRemovedPinyinStaysEmpty) {
    std::string text = "鎮(zhèn)認";
    NormalizedText n = normalize_text(text);
    std::size_t after = std::string("镇").size();
    TextRange r = n.map.to_source(TextRange{after, after});
    EXPECT_EQ(r.begin, r.end);
    TextRange whole = n.map.to_source(TextRange{0, n.text().size()});
    EXPECT_EQ(whole.begin, 0u);
    EXPECT_EQ(whole.end, text.size());
}

TEST(Normalize, SampleOneIsFlaggedTraditionalAndLosesItsPinyin) {
    std::string text = test::read_file(test::source_path("examples/001_6997cc47fc5df21f.txt"));
    NormalizedText n = normalize_text(text);
    EXPECT_TRUE(n.traditional);
    EXPECT_NE(n.text().find("一、总体情况"), std::string::npos);
    EXPECT_EQ(n.text().find("(zhèn)"), std::string::npos);
}

TEST(Pinyin, OnlyLowerCasePinyinSyllablesAreAnnotations) {
    EXPECT_EQ(pinyin_annotation_length("(zhèn)认"), std::string("(zhèn)").size());
    EXPECT_EQ(pinyin_annotation_length("（shí）(he)x"), std::string("（shí）(he)").size());
    EXPECT_EQ(pinyin_annotation_length("(PDF)"), 0u);
    EXPECT_EQ(pinyin_annotation_length("(一)"), 0u);
    EXPECT_EQ(pinyin_annotation_length("(1)"), 0u);
    EXPECT_EQ(pinyin_annotation_length("(app)"), 0u);
    EXPECT_EQ(pinyin_annotation_length("(单位：万元)"), 0u);
    EXPECT_TRUE(is_pinyin_word(U"zhuàng"));
    EXPECT_TRUE(is_pinyin_word(U"xian"));
    EXPECT_FALSE(is_pinyin_word(U"pdf"));
}

TEST(Fold, WidthSpacesQuotesAndNumberingAreFolded) {
    EXPECT_EQ(fold_for_match("（二）部分公开\u3000 １、“三安全”\u00a0"), "(二)部分公开1.三安全");
    EXPECT_EQ(fold_label_text("第二十条第（一）项"), fold_label_text("第二十条第(一)项"));
}

TEST(Fold, ApproximateMatchFindsALabelWithWordsMissing) {
    auto m = best_substring_match(fold_label_text("2.其他法律行政法规禁止公开"), fold_label_text("xx2.其他法律行政止公开yy"));
    EXPECT_EQ(m.distance, 3u);
    EXPECT_EQ(m.begin, 2u);
}

std::vector<TemplateLabel> columns(std::initializer_list<const char*> keys, const char* total = nullptr) {
    std::vector<TemplateLabel> out;
    for (const char* k : keys) {
        TemplateLabel l;
        l.key = k;
        out.push_back(l);
    }
    if (total) {
        TemplateLabel t;
        t.key = total;
        for (const char* k : keys) t.sum_of.push_back(k);
        out.push_back(t);
    }
    return out;
}

TEST(DigitSplit, OneDigitPerColumnIsTheOnlySplit) {
    auto s = split_digit_runs({"0000000"}, columns({"a", "b", "c", "d", "e", "f"}, "total"));
    EXPECT_EQ(s.solutions, 1u);
    EXPECT_EQ(s.parts, (std::vector<std::string>{"0", "0", "0", "0", "0", "0", "0"}));
}

TEST(DigitSplit, TheTotalColumnDecidesBetweenSplits) {
    // 22 0 0 0 0 3 | 25 is the only split of "220000325" whose total adds up.
    auto s = split_digit_runs({"220000325"}, columns({"a", "b", "c", "d", "e", "f"}, "total"));
    // 2,2,0,0,0,0,325? no. 22,0,0,0,0,3,25 yes; 2,20,0,0,0,3,25 yes as well: ambiguous.
    EXPECT_EQ(s.solutions, 2u);
    auto unique = split_digit_runs({"640020470"}, columns({"a", "b", "c", "d", "e", "f"}, "total"));
    EXPECT_GE(unique.solutions, 1u);
    auto cells = split_digit_runs({"500000", "5"}, columns({"a", "b", "c", "d", "e", "f"}, "total"));
    EXPECT_EQ(cells.solutions, 1u);
    EXPECT_EQ(cells.parts.back(), "5");
}

TEST(DigitSplit, WithoutARelationSeveralSplitsAreAmbiguous) {
    EXPECT_EQ(split_digit_runs({"898989"}, columns({"made", "repealed", "valid"})).solutions, 2u);
}

}  // namespace
}  // namespace gklint
