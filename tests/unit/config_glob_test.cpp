// Glob matching for files/ignore/overrides, and the "did you mean" helper.
#include <gtest/gtest.h>

#include "config/closest_match.h"
#include "config/config.h"

namespace gklint {
namespace {

TEST(GlobMatch, DoubleStarSpansAnyNumberOfDirectories) {
    EXPECT_TRUE(glob_match("**/*.txt", "a.txt"));
    EXPECT_TRUE(glob_match("**/*.txt", "x/y/z/a.txt"));
    EXPECT_TRUE(glob_match("**/*.txt", "/abs/dir/a.txt"));
    EXPECT_TRUE(glob_match("a/**/b.md", "a/b.md"));
    EXPECT_TRUE(glob_match("a/**/b.md", "a/x/y/b.md"));
    EXPECT_FALSE(glob_match("a/**/b.md", "c/x/b.md"));
    EXPECT_FALSE(glob_match("**/*.txt", "x/a.txt.bak"));
    EXPECT_TRUE(glob_match("drafts/**", "drafts/2021/a.txt"));
    EXPECT_FALSE(glob_match("drafts/**", "final/drafts.txt"));
}

TEST(GlobMatch, SingleStarAndQuestionMarkStayInOneSegment) {
    EXPECT_TRUE(glob_match("*.txt", "a.txt"));
    EXPECT_FALSE(glob_match("*.txt", "x/a.txt"));
    EXPECT_TRUE(glob_match("x/?.txt", "x/a.txt"));
    EXPECT_FALSE(glob_match("x/?.txt", "x/ab.txt"));
    EXPECT_FALSE(glob_match("x?a.txt", "x/a.txt"));
}

TEST(GlobMatch, BracketsEscapesAndChinesePaths) {
    EXPECT_TRUE(glob_match("report-[0-9].txt", "report-7.txt"));
    EXPECT_FALSE(glob_match("report-[0-9].txt", "report-x.txt"));
    EXPECT_TRUE(glob_match("\\[old\\]/*.txt", "[old]/a.txt"));
    EXPECT_FALSE(glob_match("\\[old\\]/*.txt", "o/a.txt"));
    EXPECT_TRUE(glob_match("乡镇/**", "乡镇/上塘镇/2020年报告.txt"));
    EXPECT_TRUE(glob_match("*镇*.txt", "上塘镇2020.txt"));
    EXPECT_FALSE(glob_match("乡镇/**", "部门/上塘镇.txt"));
}

TEST(GlobMatch, TrailingSlashMeansEverythingBelow) {
    EXPECT_TRUE(glob_match("drafts/", "drafts/a/b.txt"));
    EXPECT_FALSE(glob_match("drafts/", "other/a.txt"));
}

TEST(ClosestMatch, SuggestsOnlyObviousTypos) {
    std::vector<std::string> ids{"text/artifact", "article/law-title", "article/wrong-number"};
    EXPECT_EQ(closest_match("text/artifcat", ids), "text/artifact");
    EXPECT_EQ(closest_match("article/wrong-numbr", ids), "article/wrong-number");
    EXPECT_EQ(closest_match("text/no-such-rule", ids), std::nullopt);
    EXPECT_EQ(closest_match("x/y", ids), std::nullopt);
}

}  // namespace
}  // namespace gklint
