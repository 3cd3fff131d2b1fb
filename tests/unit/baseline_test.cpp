// Baselines: the file format (read/write, refusals), matching by file, rule and
// fingerprint with counts, and --baseline-write / --baseline end to end on the
// five samples after lines moved and a defect was added.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "baseline/baseline_file.h"
#include "baseline/baseline_match.h"
#include "support/process.h"
#include "support/temp_tree.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

namespace fs = std::filesystem;

Diagnostic finding(const std::string& rule, const std::string& fingerprint, const std::string& message = "m") {
    Diagnostic d;
    d.rule_id = rule;
    d.message = message;
    d.fingerprint = fingerprint;
    return d;
}

TEST(BaselineFile, WritesSortedEntriesAndReadsThemBack) {
    test::TempTree tree;
    std::string path = tree.path("b.json");
    write_baseline(path, Baseline{{{"z.txt", "r/a", "ff", 1, "消息"}, {"a.txt", "r/b", "01", 2, "m"}}});
    auto json = nlohmann::json::parse(test::read_file(path));
    EXPECT_EQ(json["version"], 1);
    EXPECT_EQ(json["entries"][0]["file"], "a.txt");
    EXPECT_EQ(json["entries"][1]["message"], "消息");
    Baseline back = read_baseline(path);
    ASSERT_EQ(back.entries.size(), 2u);
    EXPECT_EQ(back.entries[0].count, 2u);
    EXPECT_EQ(back.entries[1].rule, "r/a");
}

TEST(BaselineFile, RefusesWhatItCannotTrust) {
    test::TempTree tree;
    for (const char* bad : {"not json", "[]", R"({"version": 2, "entries": []})", R"({"version": 1})",
                            R"({"version": 1, "entries": [{"file": "a", "rule": "r/a"}]})",
                            R"({"version": 1, "entries": [{"file": "a", "rule": "r/a", "fingerprint": "f", "count": 0}]})",
                            R"({"version": 1, "entries": [{"file": "a", "rule": "r/a", "fingerprint": "f", "count": -1}]})"}) {
        std::string path = tree.write("b.json", bad);
        EXPECT_THROW(read_baseline(path), std::runtime_error) << bad;
    }
    EXPECT_THROW(read_baseline(tree.path("missing.json")), std::runtime_error);
    std::string ok = tree.write("ok.json", R"({"version": 1, "entries": [{"file": "a", "rule": "r/a", "fingerprint": "f"}]})");
    EXPECT_EQ(read_baseline(ok).entries.at(0).count, 1u);
}

TEST(BaselinePaths, RelativeToTheBaselineDirectoryWithSlashes) {
    EXPECT_EQ(baseline_relative_path("/audit/reports/a.txt", "/audit/baseline.json"), "reports/a.txt");
    EXPECT_EQ(baseline_relative_path("/audit/reports/./x/../a.txt", "/audit/sub/baseline.json"), "../reports/a.txt");
    EXPECT_EQ(baseline_fingerprint(finding("r/a", "00ff:3")), "00ff");
}

TEST(BaselineMatch, CountsPerFingerprintExtraOccurrencesAreNewMissingOnesAreGone) {
    BaselineRecorder recorder("/audit/baseline.json");
    recorder.add("/audit/a.txt", {finding("r/a", "f1:0"), finding("r/a", "f1:1"), finding("r/b", "f2:0")});
    Baseline baseline = recorder.baseline();
    ASSERT_EQ(baseline.entries.size(), 2u);
    EXPECT_EQ(baseline.entries[0].count, 2u);
    EXPECT_EQ(recorder.findings(), 3u);

    BaselineFilter filter(baseline, "/audit/baseline.json");
    // Three of f1 now (one new), f2 gone, a new rule on the same text.
    std::vector<Diagnostic> now{finding("r/a", "f1:0"), finding("r/a", "f1:1"), finding("r/a", "f1:2"),
                                finding("r/c", "f1:0")};
    filter.filter("/audit/a.txt", now);
    ASSERT_EQ(now.size(), 2u);
    EXPECT_EQ(now[0].fingerprint, "f1:2");
    EXPECT_EQ(now[1].rule_id, "r/c");
    EXPECT_EQ(filter.suppressed(), 2u);
    EXPECT_EQ(filter.gone(), 1u);

    // Another file with the same fingerprints is not covered.
    std::vector<Diagnostic> other{finding("r/a", "f1:0")};
    filter.filter("/audit/b.txt", other);
    EXPECT_EQ(other.size(), 1u);
}

// ---- End to end ----

const char* const kSamples[] = {"000_35cae2b5b7ef7ad3.txt", "001_6997cc47fc5df21f.txt", "002_de76e490e607cf78.txt",
                                "003_f29079d135fdfab1.txt", "004_dc050822b7b0f109.txt"};

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
        lines.push_back(text.substr(start, nl - start));
    if (start < text.size()) lines.push_back(text.substr(start));
    return lines;
}

std::string join_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& line : lines) out += line + "\n";
    return out;
}

// A line of running text: long, no table cell, no heading number in front.
// (std::regex sees bytes: multi-byte characters only in alternations.)
bool is_prose(const std::string& line) {
    static const std::regex numbered(R"(^\s*([0-9]+(、|\.|．)|（|\(|(一|二|三|四|五|六|七|八|九|十)+、))");
    return line.size() > 45 && line.find('\t') == std::string::npos && line.find('|') == std::string::npos &&
           !std::regex_search(line, numbered);
}

// Moves lines about without changing any: blank lines on top, a paragraph after
// the first line, and the first two prose paragraphs that follow each other
// (blank lines between) swapped.
std::string move_lines(const std::string& text) {
    std::vector<std::string> lines = split_lines(text);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        if (!is_prose(lines[i])) continue;
        std::size_t j = i + 1;
        while (j < lines.size() && lines[j].find_first_not_of(" \t\r") == std::string::npos) ++j;
        if (j < lines.size() && is_prose(lines[j])) {
            std::swap(lines[i], lines[j]);
            break;
        }
    }
    lines.insert(lines.begin() + 1, "本报告由本机关办公室编制，电子版可在本机关门户网站下载。");
    return "\n\n\n" + join_lines(lines);
}

TEST(BaselineCli, OnlyANewDefectIsReportedAfterLinesMovedInTheFiveSamples) {
    test::TempTree tree;
    std::vector<std::string> paths;
    for (const char* sample : kSamples)
        paths.push_back(tree.write(std::string("reports/") + sample,
                                   test::read_file(test::source_path(std::string("examples/") + sample))));
    std::string baseline = tree.path("audit/baseline.json");
    fs::create_directories(tree.path("audit"));

    test::ProcessResult wrote = test::run_gklint({"--baseline-write", baseline, "--format", "gcc", tree.path("reports")});
    ASSERT_EQ(wrote.exit_code, 0) << wrote.err;
    EXPECT_EQ(wrote.out, "");
    auto json = nlohmann::json::parse(test::read_file(baseline));
    ASSERT_EQ(json["version"], 1);
    ASSERT_GT(json["entries"].size(), 10u);
    EXPECT_EQ(json["entries"][0]["file"], std::string("../reports/") + kSamples[0]);

    // Unchanged: everything suppressed, nothing reported, exit 0.
    test::ProcessResult same = test::run_gklint({"--baseline", baseline, "--format", "gcc", tree.path("reports")});
    EXPECT_EQ(same.exit_code, 0) << same.out;
    EXPECT_EQ(same.out, "");
    EXPECT_TRUE(std::regex_search(same.err, std::regex("基线 .*：[1-9][0-9]* 个已记录的问题未再报告\n$"))) << same.err;

    // Lines moved in every sample, and one new defect in 003.
    for (const auto& path : paths) tree.write(fs::relative(path, tree.root()).string(), move_lines(test::read_file(path)));
    std::string sample003 = test::read_file(paths[3]);
    std::size_t para = sample003.find("\n", sample003.find("2020年以来"));
    ASSERT_NE(para, std::string::npos);
    sample003.insert(para + 1, "\n根据《中华人民共和国政府信息公开条例》第六十条的规定，现将有关情况报告如下。\n");
    tree.write(fs::relative(paths[3], tree.root()).string(), sample003);

    test::ProcessResult after = test::run_gklint({"--baseline", baseline, "--format", "gcc", tree.path("reports")});
    EXPECT_EQ(after.exit_code, 1) << after.err;
    std::vector<std::string> reported;  // findings, not their notes
    for (const auto& line : split_lines(after.out))
        if (line.find(": note: ") == std::string::npos) reported.push_back(line);
    ASSERT_EQ(reported.size(), 1u) << after.out;
    EXPECT_NE(reported[0].find("003_f29079d135fdfab1.txt:"), std::string::npos) << reported[0];
    EXPECT_NE(reported[0].find("[article/wrong-number]"), std::string::npos) << reported[0];
    EXPECT_EQ(after.err.find("已不存在"), std::string::npos) << after.err;
}

TEST(BaselineCli, GoneFindingsAreCountedAndABadBaselineIsAnError) {
    test::TempTree tree;
    std::string sample = tree.write("004.txt", test::read_file(test::source_path("examples/004_dc050822b7b0f109.txt")));
    std::string baseline = tree.path("baseline.json");
    ASSERT_EQ(test::run_gklint({"--baseline-write", baseline, sample}).exit_code, 0);
    ASSERT_EQ(test::run_gklint({"--fix", "--baseline", baseline, "--format", "gcc", sample}).exit_code, 0);
    test::ProcessResult r = test::run_gklint({"--baseline", baseline, "--format", "gcc", sample});
    EXPECT_EQ(r.out, "");
    EXPECT_TRUE(std::regex_search(r.err, std::regex("；[3-9] 个已记录的问题已不存在"))) << r.err;
    test::ProcessResult en = test::run_gklint({"--baseline", baseline, "--format", "gcc", "--lang", "en", sample});
    EXPECT_TRUE(std::regex_search(en.err, std::regex("[3-9] baselined findings no longer occur"))) << en.err;

    std::string bad = tree.write("bad.json", R"({"version": 9, "entries": []})");
    test::ProcessResult refused = test::run_gklint({"--baseline", bad, sample});
    EXPECT_EQ(refused.exit_code, 2);
    EXPECT_NE(refused.err.find("unsupported baseline version"), std::string::npos) << refused.err;
    EXPECT_EQ(test::run_gklint({"--baseline", baseline, "--baseline-write", baseline, sample}).exit_code, 2);
}

}  // namespace
}  // namespace gklint
