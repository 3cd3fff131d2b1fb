// One rule reports at most kMaxFindingsPerRule findings in a file; the last says how many
// more there were.
#include <gtest/gtest.h>

#include <string>

#include "core/runner.h"
#include "support/process.h"
#include "support/temp_tree.h"

namespace gklint {
namespace {

TEST(FindingCap, AThousandUnbalancedBracketsAreTwoHundredFindingsAndANote) {
    test::TempTree tree;
    std::string text;
    for (int i = 0; i < 1000; ++i) text += "（";
    tree.write("r.txt", text + "\n");
    auto run = test::run_gklint({"-f", "gcc", tree.path("r.txt")});
    // Findings, not their notes: "path:line:col: error: … [text/unbalanced-pair]".
    std::size_t unbalanced = 0;
    for (std::size_t begin = 0, end; (end = run.out.find('\n', begin)) != std::string::npos; begin = end + 1) {
        std::string line = run.out.substr(begin, end - begin);
        if (line.find(": note: ") == std::string::npos && line.find("[text/unbalanced-pair]") != std::string::npos)
            ++unbalanced;
    }
    EXPECT_EQ(unbalanced, kMaxFindingsPerRule);
    EXPECT_NE(run.out.find("本规则在本文件中另有800处问题未列出（每条规则每个文件最多列出200处）"), std::string::npos) << run.out.substr(0, 2000);
    auto en = test::run_gklint({"-f", "gcc", "--lang", "en", tree.path("r.txt")});
    EXPECT_NE(en.out.find("800 more findings of this rule in this file are not listed (at most 200 per rule and file)"),
              std::string::npos);
}

}  // namespace
}  // namespace gklint
