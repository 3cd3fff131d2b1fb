// End-to-end tests of the gklint binary, run as a user runs it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "support/process.h"
#include "support/test_paths.h"

namespace gklint::test {
namespace {

namespace fs = std::filesystem;

const std::string kSample004 = source_path("examples/004_dc050822b7b0f109.txt");
const std::string kSample002 = source_path("examples/002_de76e490e607cf78.txt");

class TempDir {
public:
    TempDir() {
        char name[] = "/tmp/gklint-cli-XXXXXX";
        path_ = mkdtemp(name);
    }
    ~TempDir() { fs::remove_all(path_); }
    std::string write(const std::string& relative, const std::string& content) const {
        fs::path p = fs::path(path_) / relative;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << content;
        return p.string();
    }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

std::vector<std::string> lines_matching(const std::string& text, const std::string& needle) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (line.find(needle) != std::string::npos) out.push_back(line);
    return out;
}

TEST(Cli, WrongArticleNumberInSample004IsAnErrorAtLine45Column2) {
    auto r = run_gklint({"--format", "gcc", kSample004});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    auto hits = lines_matching(r.out, "[article/wrong-number]");
    ASSERT_EQ(hits.size(), 1u) << r.out;
    EXPECT_TRUE(std::regex_search(hits[0], std::regex("004_dc050822b7b0f109\\.txt:45:2: error: .+ \\[article/wrong-number\\]$")))
        << hits[0];
}

TEST(Cli, GccFormatIsExactlyOneDiagnosticPerLine) {
    auto r = run_gklint({"--format", "gcc", kSample004, kSample002});
    std::istringstream in(r.out);
    std::regex shape(R"(^[^:]+:\d+:\d+: (error|warning|note): .+ \[[a-z0-9-]+/[a-z0-9-]+\]$)");
    int count = 0;
    for (std::string line; std::getline(in, line); ++count) EXPECT_TRUE(std::regex_match(line, shape)) << line;
    EXPECT_GT(count, 2);
}

TEST(Cli, WordDebrisInSample002IsReportedAtLines11And14) {
    auto r = run_gklint({"--format", "gcc", kSample002});
    auto hits = lines_matching(r.out, "[text/artifact]");
    ASSERT_GE(hits.size(), 2u) << r.out;
    std::set<std::string> lines;
    for (const auto& h : hits) lines.insert(h.substr(0, h.find(": warning")));
    EXPECT_TRUE(lines.count(kSample002 + ":11:1")) << r.out;
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const std::string& l) { return l.find(":14:") != std::string::npos; }))
        << r.out;
}

TEST(Cli, TimingPrintsTheModelAndEachRuleOnStderrAndLeavesTheFindingsAlone) {
    auto plain = run_gklint({"--format", "gcc", kSample004});
    auto timed = run_gklint({"--format", "gcc", "--timing", kSample004});
    EXPECT_EQ(timed.exit_code, plain.exit_code);
    EXPECT_EQ(timed.out, plain.out);
    EXPECT_TRUE(std::regex_search(timed.err, std::regex(R"(^Rule +Time \(ms\) +Relative$)", std::regex::multiline)))
        << timed.err;
    EXPECT_TRUE(std::regex_search(timed.err, std::regex(R"(\(report model\) +[0-9]+\.[0-9]{3} +[0-9]+\.[0-9]%)")))
        << timed.err;
    EXPECT_TRUE(std::regex_search(timed.err, std::regex(R"(article/wrong-number +[0-9]+\.[0-9]{3} )"))) << timed.err;
    EXPECT_TRUE(std::regex_search(timed.err, std::regex(R"(\(total\) +[0-9]+\.[0-9]{3})"))) << timed.err;
    EXPECT_EQ(plain.err.find("Relative"), std::string::npos);
}

TEST(Cli, EnglishMessagesUnderLangEn) {
    auto zh = run_gklint({"--format", "gcc", kSample004});
    auto en = run_gklint({"--format", "gcc", "--lang", "en", kSample004});
    auto zh_hit = lines_matching(zh.out, "[article/wrong-number]");
    auto en_hit = lines_matching(en.out, "[article/wrong-number]");
    ASSERT_EQ(zh_hit.size(), 1u);
    ASSERT_EQ(en_hit.size(), 1u);
    EXPECT_NE(zh_hit[0], en_hit[0]);
    EXPECT_TRUE(std::regex_search(en_hit[0], std::regex(":45:2: error: [A-Za-z].*第二十条")));
}

TEST(Cli, StdinUsesTheGivenFilename) {
    auto r = run_gklint({"--format", "gcc", "--stdin", "--stdin-filename", "reports/r.txt"}, read_file(kSample004));
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(lines_matching(r.out, "reports/r.txt:45:2: error:").size(), 1u) << r.out;
}

TEST(Cli, DirectoryIsWalkedForTxtAndMd) {
    TempDir dir;
    dir.write("a/report.txt", read_file(kSample004));
    dir.write("b/report.md", read_file(kSample004));
    dir.write("b/notes.docx", read_file(kSample004));
    auto r = run_gklint({"--format", "gcc", dir.path()});
    EXPECT_EQ(lines_matching(r.out, "[article/wrong-number]").size(), 2u) << r.out;
    EXPECT_TRUE(lines_matching(r.out, "notes.docx").empty());
}

TEST(Cli, CleanInputExitsZero) {
    auto r = run_gklint({"--format", "gcc", "--stdin"}, "上塘镇2020年政府信息公开工作年度报告\n一、总体情况\n");
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(r.out, "");
}

TEST(Cli, MinSeverityHidesWarnings) {
    auto all = run_gklint({"--format", "gcc", kSample002});
    auto errors_only = run_gklint({"--format", "gcc", "--min-severity", "error", kSample002});
    EXPECT_FALSE(lines_matching(all.out, ": warning: ").empty());
    EXPECT_TRUE(lines_matching(errors_only.out, ": warning: ").empty());
}

TEST(Cli, MaxWarningsTurnsWarningsIntoExitOne) {
    std::string text = "一、总体情况\n[image: 图片1]正文。\n";
    EXPECT_EQ(run_gklint({"--format", "gcc", "--stdin"}, text).exit_code, 0);
    EXPECT_EQ(run_gklint({"--format", "gcc", "--stdin", "--max-warnings", "0"}, text).exit_code, 1);
    EXPECT_EQ(run_gklint({"--format", "gcc", "--stdin", "--max-warnings", "1"}, text).exit_code, 0);
}

TEST(Cli, MissingFileIsExitTwoButOtherFilesAreStillLinted) {
    auto r = run_gklint({"--format", "gcc", "/nonexistent/report.txt", kSample004});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("/nonexistent/report.txt"), std::string::npos) << r.err;
    EXPECT_EQ(lines_matching(r.out, "[article/wrong-number]").size(), 1u);
}

TEST(Cli, BinaryAndInvalidFilesNameTheFileAndOffset) {
    TempDir dir;
    std::string binary = dir.write("binary.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    std::string invalid = dir.write("invalid.txt", std::string("报告\xff\xfe\xff正文", 11));
    std::string empty = dir.write("empty.txt", "");
    auto r = run_gklint({"--format", "gcc", binary, invalid, empty, kSample004});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find(binary + ": "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(invalid + ": "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("byte offset 6"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(empty + ": empty file"), std::string::npos) << r.err;
    EXPECT_EQ(lines_matching(r.out, "[article/wrong-number]").size(), 1u);
}

TEST(Cli, UnknownRuleIdInConfigIsExitTwoWithFileAndLine) {
    TempDir dir;
    std::string config = dir.write(".gklint.yaml", "root: true\nrules:\n  text/no-such-rule: error\n");
    std::string report = dir.write("r.txt", read_file(kSample004));
    auto r = run_gklint({"--format", "gcc", report});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find(config + ":3:"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("text/no-such-rule"), std::string::npos) << r.err;
    EXPECT_EQ(lines_matching(r.err, "error").size(), 1u) << r.err;
}

TEST(Cli, MalformedYamlIsExitTwoWithFileLineAndColumn) {
    TempDir dir;
    std::string config = dir.write("cfg.yaml", "rules:\n  text/artifact: [error\n");
    auto r = run_gklint({"--format", "gcc", "--config", config, kSample004});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(std::regex_search(r.err, std::regex(std::regex_replace(config, std::regex("[.]"), "\\.") + ":\\d+:\\d+: ")))
        << r.err;
    EXPECT_EQ(lines_matching(r.err, "error").size(), 1u) << r.err;
}

TEST(Cli, PluginWithWrongAbiVersionIsExitTwoNamingThePlugin) {
    auto r = run_gklint({"--format", "gcc", "--plugin", test_plugin("wrong_abi"), kSample004});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find(test_plugin("wrong_abi")), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("ABI"), std::string::npos) << r.err;
    EXPECT_EQ(lines_matching(r.err, "error").size(), 1u) << r.err;
}

TEST(Cli, ConfigFoundNextToReportsCannotLoadPluginsWithoutPermission) {
    TempDir dir;
    dir.write(".gklint.yaml", "root: true\nplugins: [" + test_plugin("good_plugin") + "]\n");
    std::string report = dir.write("r.txt", read_file(kSample004));
    auto refused = run_gklint({"--format", "gcc", report});
    EXPECT_NE(refused.err.find("--allow-plugins"), std::string::npos) << refused.err;
    auto allowed = run_gklint({"--format", "gcc", "--allow-plugins", report});
    EXPECT_EQ(allowed.err.find("--allow-plugins"), std::string::npos) << allowed.err;
}

TEST(Cli, RulesListsEveryRuleWithSeverity) {
    auto r = run_gklint({"rules"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(std::regex_search(r.out, std::regex("article/wrong-number +error")));
    EXPECT_TRUE(std::regex_search(r.out, std::regex("text/artifact +warning")));
    EXPECT_TRUE(std::regex_search(r.out, std::regex("article/law-title +error +fix")));
}

TEST(Cli, ExplainPrintsTheDocPage) {
    auto r = run_gklint({"explain", "article/wrong-number"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, read_file(source_path("docs/rules/article/wrong-number.md")));
    EXPECT_EQ(run_gklint({"explain", "no/such-rule"}).exit_code, 2);
}

TEST(Cli, ConfigPrintShowsResolvedSeverities) {
    TempDir dir;
    dir.write(".gklint.yaml", "root: true\nrules:\n  text/artifact: error\n");
    std::string report = dir.write("r.txt", "x");
    auto r = run_gklint({"config", "--print", report});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(std::regex_search(r.out, std::regex("text/artifact:?[^\\n]*error"))) << r.out;
}

TEST(Cli, VersionAndUsageErrors) {
    auto v = run_gklint({"--version"});
    EXPECT_EQ(v.exit_code, 0);
    EXPECT_NE(v.out.find("gklint "), std::string::npos);
    EXPECT_EQ(run_gklint({"--format", "gcc", "--column-unit", "furlong", kSample004}).exit_code, 2);
    EXPECT_EQ(run_gklint({}).exit_code, 2);
    EXPECT_EQ(run_gklint({"--format", "nope", kSample004}).exit_code, 2);
}

TEST(Cli, HumanOutputHonoursNoColor) {
    auto colored = run_gklint({"--format", "human", "--color", "always", kSample004});
    auto plain = run_gklint({"--format", "human", "--color", "auto", kSample004}, {}, {"NO_COLOR=1"});
    EXPECT_NE(colored.out.find("\x1b["), std::string::npos);
    EXPECT_EQ(plain.out.find("\x1b["), std::string::npos);
    EXPECT_NE(plain.out.find("第二十六条第（六）项"), std::string::npos);
}

}  // namespace
}  // namespace gklint::test
