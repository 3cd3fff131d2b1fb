// gklint --fix / --fix-dry-run / --unsafe-fixes end to end, on copies of sample
// 004 in UTF-8, GB18030 and UTF-8 with BOM and CRLF, and with the fix-probe test
// plugin for overlapping fixes, suggestions, several passes and unwritable text.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <tuple>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "support/docx_writer.h"
#include "support/encode.h"
#include "support/html_page.h"
#include "support/process.h"
#include "support/temp_tree.h"
#include "support/test_paths.h"
#include "text/decoder.h"

namespace gklint::test {
namespace {

namespace fs = std::filesystem;

const std::string kSample004 = "examples/004_dc050822b7b0f109.txt";

// Safe fixes gklint must find in sample 004 (domain.md §4.5), as (original,
// fixed) snippets that each occur once. Other rules may add fixes of their own.
const std::vector<std::pair<std::string, std::string>> kFixes004 = {
    {"\t第二十六条第（六）项", "\t第二十条第（六）项"},         // article/wrong-number, line 45
    {"\t5、属于第三类内部事务信息\n", "\t5.属于三类内部事务信息\n"},  // table/label, line 195
    {"\t1、信访举报类申请\n", "\t1.信访举报投诉类申请\n"},          // table/label, line 275
    {"（区分处理的），只计这一情形，不计其他情形\n", "（区分处理的，只计这一情形，不计其他情形）\n"},  // line 138
    {"不予\n以公\n开", "不予\n公\n开"},  // table/label over three lines (148-150): only 以 goes
};

struct ReportedFixes {
    std::string fixed;      // the file's bytes with every reported safe fix applied
    std::size_t count = 0;
};

// What `gklint --format json` says the safe fixes of `path` are, applied to its
// bytes by hand: each fix's original byte range replaced by its text in `charset`.
ReportedFixes apply_reported_fixes(const std::string& path, const char* charset) {
    ProcessResult r = run_gklint({"--format", "json", path});
    auto json = nlohmann::json::parse(r.out);
    std::vector<std::tuple<std::size_t, std::size_t, std::string>> fixes;
    for (const auto& d : json["files"][0]["diagnostics"])
        if (d["fix"].is_object() && d["fix"]["safe"] == true)
            fixes.emplace_back(d["fix"]["range"]["start"]["offset"].get<std::size_t>(),
                               d["fix"]["range"]["end"]["offset"].get<std::size_t>(),
                               d["fix"]["replacement"].get<std::string>());
    std::sort(fixes.rbegin(), fixes.rend());
    ReportedFixes out{read_file(path), fixes.size()};
    for (const auto& [begin, end, text] : fixes) out.fixed.replace(begin, end - begin, encode_as(text, charset));
    return out;
}

std::size_t count_lines_with(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

std::size_t entries_in(const std::string& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
    return n;
}

struct Copy {
    const char* source;   // relative to the source tree
    const char* charset;  // for encoding the snippets
};

class FixSample004 : public ::testing::TestWithParam<Copy> {};

TEST_P(FixSample004, FixesTheArticleAndLabelsChangesNoOtherByteAndLeavesThoseRulesSilent) {
    TempTree tree;
    std::string before = read_file(source_path(GetParam().source));
    std::string path = tree.write("004.txt", before);
    ASSERT_EQ(chmod(path.c_str(), 0604), 0);
    ReportedFixes reported = apply_reported_fixes(path, GetParam().charset);
    ASSERT_GE(reported.count, kFixes004.size());

    ProcessResult fixed = run_gklint({"--fix", "--format", "gcc", path});
    EXPECT_EQ(fixed.exit_code, 1) << fixed.err;  // other errors of sample 004 remain
    EXPECT_NE(fixed.err.find(fmt::format("已修复 {} 处", reported.count)), std::string::npos) << fixed.err;
    std::string after = read_file(path);

    // Bytes: the original with the reported fixes' byte ranges replaced, nothing else.
    EXPECT_TRUE(after == reported.fixed) << "bytes outside the fixed ranges changed";
    // Decoded text: among the fixes, the article number and the two labels.
    std::string text = decode(before).text;
    std::string fixed_text = decode(after).text;
    for (const auto& [from, to] : kFixes004) {
        EXPECT_NE(text.find(from), std::string::npos) << from;
        EXPECT_EQ(fixed_text.find(from), std::string::npos) << from;
        EXPECT_NE(fixed_text.find(to), std::string::npos) << to;
    }
    EXPECT_EQ(decode(after).encoding, decode(before).encoding);

    // What --fix printed is what a fresh lint finds; the fixed rules are silent.
    ProcessResult relint = run_gklint({"--format", "gcc", path});
    EXPECT_EQ(relint.out, fixed.out);
    EXPECT_EQ(count_lines_with(relint.out, "[article/wrong-number]"), 0u) << relint.out;
    EXPECT_EQ(apply_reported_fixes(path, GetParam().charset).count, 0u) << "safe fixes left:\n" << relint.out;
    ProcessResult original = run_gklint({"--format", "gcc", tree.write("original.txt", before)});
    EXPECT_EQ(count_lines_with(original.out, "[table/label]"), 4u) << original.out;
    EXPECT_EQ(count_lines_with(relint.out, "[table/label]"), 0u) << relint.out;
    fs::remove(tree.path("original.txt"));

    // Atomic write: permissions kept, no temporary file left beside it.
    struct stat st {};
    ASSERT_EQ(stat(path.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0604u);
    EXPECT_EQ(entries_in(tree.root()), 1u);

    // Idempotent: a second --fix changes nothing.
    ProcessResult again = run_gklint({"--fix", "--format", "gcc", path});
    EXPECT_EQ(again.exit_code, 1);
    EXPECT_EQ(again.err.find("已修复"), std::string::npos) << again.err;
    EXPECT_TRUE(read_file(path) == after);
    EXPECT_EQ(again.out, fixed.out);
}

INSTANTIATE_TEST_SUITE_P(Encodings, FixSample004,
                         ::testing::Values(Copy{"examples/004_dc050822b7b0f109.txt", "UTF-8"},
                                           Copy{"tests/fixtures/encodings/004.gb18030.txt", "GB18030"},
                                           Copy{"tests/fixtures/encodings/004.utf16le-bom.txt", "UTF-16LE"}),
                         [](const auto& info) {
                             std::string name = info.param.charset;
                             name.erase(std::remove(name.begin(), name.end(), '-'), name.end());
                             return name;
                         });

std::string with_crlf(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\n') out.push_back('\r');
        out.push_back(c);
    }
    return out;
}

TEST(FixCli, CrlfAndUtf8BomAreKept) {
    TempTree tree;
    std::string plain = tree.write("plain.txt", read_file(source_path(kSample004)));
    std::string expected = apply_reported_fixes(plain, "UTF-8").fixed;
    std::string path = tree.write("004.txt", "\xEF\xBB\xBF" + with_crlf(read_file(plain)));
    ProcessResult r = run_gklint({"--fix", "--format", "gcc", path});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_TRUE(read_file(path) == "\xEF\xBB\xBF" + with_crlf(expected));
}

// Zeros left blank in a Word table copied as text: the suggestion writes 0 in every blank
// cell, each between its TABs, and the report is then clean.
TEST(FixCli, UnsafeFixesWriteTheZerosOfBlankCells) {
    TempTree tree;
    const std::string clean = read_file(source_path("tests/model/reports/2021_l_tabblank_dongcun_town.txt"));
    std::string path = tree.write("blank.txt", clean);
    ProcessResult safe_only = run_gklint({"--fix", "--format", "gcc", path});
    EXPECT_EQ(read_file(path), clean) << "a suggestion is applied only with --unsafe-fixes";
    ProcessResult r = run_gklint({"--fix", "--unsafe-fixes", "--format", "gcc", path});
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    const std::string fixed = read_file(path);
    EXPECT_NE(fixed.find("二、上年结转政府信息公开申请数量\t0\t0\t0\t2\t0\t0\t2\n"), std::string::npos);
    EXPECT_NE(fixed.find("5.属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0\n"), std::string::npos);
    EXPECT_EQ(fixed.find("\t\t"), std::string::npos) << "no blank field left";
    EXPECT_EQ(run_gklint({"--format", "gcc", path}).out, "");
}

TEST(FixCli, DryRunPrintsAUnifiedDiffOfTheDecodedTextAndChangesNothing) {
    TempTree tree;
    std::string before = read_file(source_path("tests/fixtures/encodings/004.gb18030.txt"));
    std::string path = tree.write("004.txt", before);
    ProcessResult r = run_gklint({"--fix-dry-run", path});
    EXPECT_EQ(r.exit_code, 1) << r.err;  // errors would remain
    EXPECT_TRUE(read_file(path) == before);
    EXPECT_EQ(entries_in(tree.root()), 1u);
    EXPECT_EQ(r.out.rfind("--- " + path + "\n+++ " + path + "\n@@ -42,7 +42,7 @@\n", 0), 0u) << r.out;
    EXPECT_NE(r.out.find("\n-\t第二十六条第（六）项\n+\t第二十条第（六）项\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\n-\t5、属于第三类内部事务信息\n+\t5.属于三类内部事务信息\n"), std::string::npos);
    EXPECT_GE(count_lines_with(r.out, "\n@@ "), 3u) << r.out;
    EXPECT_EQ(count_lines_with(r.out, "[article/wrong-number]"), 0u);  // only the diff on stdout
    EXPECT_TRUE(std::regex_search(r.err, std::regex("将在 1 个文件中修复 [0-9]+ 处；未改动任何文件"))) << r.err;
    ProcessResult en = run_gklint({"--fix-dry-run", "--lang", "en", path});
    EXPECT_TRUE(std::regex_search(en.err, std::regex("[0-9]+ fixes in 1 file would be applied; no file was changed")))
        << en.err;
}

class FixProbe : public ::testing::Test {
protected:
    ProcessResult fix(const std::string& path, std::vector<std::string> extra = {}) {
        std::vector<std::string> args{"--plugin", test_plugin("fix_probe"), "--format", "gcc", path};
        args.insert(args.begin(), extra.begin(), extra.end());
        return run_gklint(args);
    }
    TempTree tree;
};

TEST_F(FixProbe, OverlappingFixesTheFirstByPositionWinsTheOtherIsSkippedWithANote) {
    std::string path = tree.write("r.txt", "依据第二十六条。\n");
    ProcessResult r = fix(path, {"--fix"});
    EXPECT_EQ(read_file(path), "依据第二十条。\n");
    EXPECT_NE(r.err.find("r.txt:1:6: fix of test/overlap-tail skipped in pass 1: it overlaps a fix of "
                         "test/overlap-whole applied first"),
              std::string::npos)
        << r.err;
}

TEST_F(FixProbe, SuggestionsOnlyWithUnsafeFixes) {
    std::string path = tree.write("r.txt", "我们建议如此。\n");
    fix(path, {"--fix"});
    EXPECT_EQ(read_file(path), "我们建议如此。\n");
    ProcessResult r = fix(path, {"--fix", "--unsafe-fixes"});
    EXPECT_EQ(read_file(path), "我们提议如此。\n");
    EXPECT_EQ(count_lines_with(r.out, "[test/suggest]"), 0u) << r.out;
}

TEST_F(FixProbe, IteratesUntilNothingIsLeftAndStopsAfterTenPasses) {
    std::string path = tree.write("r.txt", "甲甲甲甲\n");
    ProcessResult r = fix(path, {"--fix"});
    EXPECT_EQ(read_file(path), "甲\n");
    EXPECT_NE(r.err.find("已修复 3 处"), std::string::npos) << r.err;

    std::string grows = tree.write("g.txt", "乙\n");
    ProcessResult g = fix(grows, {"--fix"});
    EXPECT_EQ(read_file(grows), "乙乙乙乙乙乙乙乙乙乙乙\n");  // one more per pass
    EXPECT_NE(g.err.find("fixes still possible after 10 passes"), std::string::npos) << g.err;
}

TEST_F(FixProbe, ATextTheFileEncodingCannotHoldIsSkippedWithANote) {
    std::string bytes = encode_as("看笑脸和第二十六条\n", "GBK");
    std::string path = tree.write("r.txt", bytes);
    ProcessResult r = fix(path, {"--encoding", "GBK", "--fix"});
    EXPECT_EQ(read_file(path), encode_as("看笑脸和第二十条\n", "GBK"));
    EXPECT_NE(r.err.find("r.txt:1:2: fix of test/emoji not applied: its text “😀” cannot be written in the "
                         "file's encoding GBK"),
              std::string::npos)
        << r.err;
}

TEST_F(FixProbe, FixWithStdinIsAUsageErrorDryRunWithStdinWorks) {
    EXPECT_EQ(run_gklint({"--fix", "--stdin"}, "第二十六条\n").exit_code, 2);
    ProcessResult r = run_gklint({"--plugin", test_plugin("fix_probe"), "--fix-dry-run", "--stdin",
                                  "--stdin-filename", "in.txt"},
                                 "第二十六条\n");
    EXPECT_EQ(r.out, "--- in.txt\n+++ in.txt\n@@ -1 +1 @@\n-第二十六条\n+第二十条\n") << r.err;
}


// Sample 004 as a web page: one <p> per line, the caption's 二 written as an entity
// in one copy. Fixes go into the text nodes; markup and the rest stay byte for byte.
std::string sample_004_page(bool entity_in_caption) {
    return page_of_lines(read_file(source_path(kSample004)), [&](std::string line) {
        if (entity_in_caption && line.rfind("第二十六条", 0) == 0) line.replace(3, 3, "&#x4E8C;");
        return "<p>" + line + "</p>";
    });
}

TEST(FixHtml, FixesGoIntoTextNodesAndMarkupStays) {
    TempTree tree;
    std::string before = sample_004_page(false);
    std::string path = tree.write("r.html", before);
    ProcessResult r = run_gklint({"--fix", path});
    std::string after = read_file(path);
    std::string expected = before;
    for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
             {"<p>第二十六条第（六）项</p>", "<p>第二十条第（六）项</p>"},
             {"<p>5、属于第三类内部事务信息</p>", "<p>5.属于三类内部事务信息</p>"},
             {"<p>1、信访举报类申请</p>", "<p>1.信访举报投诉类申请</p>"},
             {"<p>（二）部分公开（区分处理的），只计这一情形，不计其他情形</p>",
              "<p>（二）部分公开（区分处理的，只计这一情形，不计其他情形）</p>"},
             {"<p>以公</p>", "<p>公</p>"}}) {
        std::size_t at = expected.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        expected.replace(at, from.size(), to);
    }
    EXPECT_EQ(after, expected);  // the five text fixes, every other byte as it was
    EXPECT_NE(r.err.find("a line break cannot be written into the text of a web page"), std::string::npos) << r.err;
    // Re-linted: the wrong article number is gone.
    ProcessResult again = run_gklint({"--format", "gcc", path});
    EXPECT_EQ(again.out.find("article/wrong-number"), std::string::npos) << again.out;
}

TEST(FixHtml, AFixAcrossAnEntityIsNotApplied) {
    TempTree tree;
    std::string before = sample_004_page(true);
    std::string path = tree.write("r.html", before);
    ProcessResult r = run_gklint({"--fix", path});
    std::string after = read_file(path);
    EXPECT_NE(after.find("<p>第&#x4E8C;十六条第（六）项</p>"), std::string::npos);
    EXPECT_NE(r.err.find("fix of article/wrong-number not applied: the text it replaces is not written as such"),
              std::string::npos) << r.err;
}

TEST(FixHtml, WordAndPdfFilesAreNotWritten) {
    TempTree tree;
    // A Word copy of sample 004 (one paragraph per line): its wrong article number has a safe fix.
    std::string text = read_file(source_path(kSample004));
    std::string path = tree.write("r.docx", docx_from_text(text));
    std::string before = read_file(path);
    ProcessResult r = run_gklint({"--fix", path});
    EXPECT_EQ(read_file(path), before);
    EXPECT_NE(r.err.find("fixes not applied: gklint 不修改 Word 文件"), std::string::npos) << r.err;
    ProcessResult en = run_gklint({"--fix", "--lang", "en", path});
    EXPECT_NE(en.err.find("gklint does not write Word files (.docx)"), std::string::npos) << en.err;
}

}  // namespace
}  // namespace gklint::test
