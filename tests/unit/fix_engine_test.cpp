// The pieces of --fix: choosing fixes (order, overlaps, suggestions), writing them
// into the original bytes in the file's encoding (GB18030, UTF-16, BOM, CRLF),
// the unified diff of --fix-dry-run, and the atomic write.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <stdexcept>

#include "core/document.h"
#include "fix/atomic_write.h"
#include "fix/byte_edit.h"
#include "fix/fix_selection.h"
#include "fix/reencode.h"
#include "fix/unified_diff.h"
#include "support/encode.h"
#include "support/temp_tree.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

namespace fs = std::filesystem;

Diagnostic with_fix(const std::string& rule, std::size_t begin, std::size_t end, const std::string& replacement,
                    bool safe = true) {
    Diagnostic d;
    d.rule_id = rule;
    d.range = {begin, end};
    d.fix = Fix{{begin, end}, replacement, safe};
    return d;
}

// The text from `text`'s first occurrence of `needle`, as a range.
TextRange range_of(std::string_view text, std::string_view needle) {
    std::size_t at = text.find(needle);
    if (at == std::string_view::npos) throw std::runtime_error("needle not found");
    return {at, at + needle.size()};
}

std::vector<ChosenFix> one_fix(std::string_view text, std::string_view needle, const std::string& replacement) {
    return {ChosenFix{Fix{range_of(text, needle), replacement, true}, "test/rule"}};
}

TEST(FixSelection, OverlappingFixesFirstByPositionWinsTheOthersAreSkippedWithAReason) {
    std::vector<Diagnostic> ds{with_fix("b/later", 10, 20, "X"), with_fix("a/first", 5, 12, "Y"),
                               with_fix("c/inside", 6, 8, "Z"), with_fix("d/after", 20, 22, "W")};
    FixSelection s = select_fixes(ds, false, 100);
    ASSERT_EQ(s.chosen.size(), 2u);
    EXPECT_EQ(s.chosen[0].rule_id, "a/first");
    EXPECT_EQ(s.chosen[1].rule_id, "d/after");  // touching 10..20 would be fine, but 10..20 lost to 5..12
    ASSERT_EQ(s.skipped.size(), 2u);
    EXPECT_EQ(s.skipped[0].rule_id, "c/inside");
    EXPECT_EQ(s.skipped[1].rule_id, "b/later");
    EXPECT_NE(s.skipped[1].reason.find("a/first"), std::string::npos) << s.skipped[1].reason;
}

TEST(FixSelection, TouchingRangesBothApplyTwoInsertionsAtOnePointDoNot) {
    std::vector<Diagnostic> ds{with_fix("r/a", 0, 5, "A"), with_fix("r/b", 5, 9, "B"), with_fix("r/c", 9, 9, "C"),
                               with_fix("r/d", 9, 9, "D")};
    FixSelection s = select_fixes(ds, false, 100);
    ASSERT_EQ(s.chosen.size(), 3u);
    EXPECT_EQ(s.chosen[2].rule_id, "r/c");
    ASSERT_EQ(s.skipped.size(), 1u);
    EXPECT_EQ(s.skipped[0].rule_id, "r/d");
}

TEST(FixSelection, SuggestionsOnlyOnRequestDuplicatesOnceOutOfRangeSkipped) {
    std::vector<Diagnostic> ds{with_fix("r/s", 0, 2, "S", false), with_fix("r/a", 3, 4, "A"),
                               with_fix("r/b", 3, 4, "A"), with_fix("r/far", 50, 60, "F")};
    FixSelection safe_only = select_fixes(ds, false, 40);
    ASSERT_EQ(safe_only.chosen.size(), 1u);
    EXPECT_EQ(safe_only.chosen[0].rule_id, "r/a");
    ASSERT_EQ(safe_only.skipped.size(), 1u);  // the out-of-range one; a duplicate is no conflict
    EXPECT_EQ(safe_only.skipped[0].rule_id, "r/far");
    EXPECT_EQ(select_fixes(ds, true, 40).chosen.size(), 2u);
}

TEST(FixSelection, AVetoedFixDoesNotBlockAnOverlappingOne) {
    std::vector<Diagnostic> ds{with_fix("r/bad", 0, 5, "😀"), with_fix("r/good", 2, 6, "ok")};
    FixVeto veto = [](const Fix& f) { return f.replacement == "ok" ? std::string() : std::string("no"); };
    FixSelection s = select_fixes(ds, false, 10, veto);
    ASSERT_EQ(s.chosen.size(), 1u);
    EXPECT_EQ(s.chosen[0].rule_id, "r/good");
    ASSERT_EQ(s.skipped.size(), 1u);
    EXPECT_EQ(s.skipped[0].reason, "no");
}

TEST(FixBytes, Gb18030FileStaysGb18030AndOnlyTheFixedBytesChange) {
    std::string text = "报告依据第二十六条编制。\n\u00a00\n";
    std::string bytes = test::encode_as(text, "GB18030");
    Document doc("r.txt", bytes);
    ASSERT_EQ(doc.encoding(), "GB18030");
    EditedFile edited = apply_fixes(doc, one_fix(doc.text(), "第二十六条", "第二十条"));
    EXPECT_EQ(edited.text, "报告依据第二十条编制。\n\u00a00\n");
    std::string prefix = test::encode_as("报告依据", "GB18030");
    std::string suffix = bytes.substr(prefix.size() + test::encode_as("第二十六条", "GB18030").size());
    EXPECT_EQ(edited.bytes, prefix + test::encode_as("第二十条", "GB18030") + suffix);
}

TEST(FixBytes, Utf8BomAndCrlfAreKeptAndNewlinesInAReplacementBecomeCrlf) {
    std::string bytes = "\xEF\xBB\xBF第一行\r\n旧文字\r\n末行\r\n";
    Document doc("r.txt", bytes);
    ASSERT_TRUE(doc.has_bom());
    EditedFile edited = apply_fixes(doc, one_fix(doc.text(), "旧文字", "新\n文字"));
    EXPECT_EQ(edited.bytes, "\xEF\xBB\xBF第一行\r\n新\r\n文字\r\n末行\r\n");
}

TEST(FixBytes, Utf16LeAndBeWithBomStayUtf16) {
    for (const char* charset : {"UTF-16LE", "UTF-16BE"}) {
        std::string bom = std::string(charset) == "UTF-16LE" ? "\xFF\xFE" : "\xFE\xFF";
        std::string bytes = bom + test::encode_as("第一条\r\n第二十六条\r\n", charset);
        Document doc("r.txt", bytes);
        ASSERT_EQ(doc.encoding(), charset);
        EditedFile edited = apply_fixes(doc, one_fix(doc.text(), "二十六", "二十"));
        EXPECT_EQ(edited.bytes, bom + test::encode_as("第一条\r\n第二十条\r\n", charset)) << charset;
    }
}

TEST(FixBytes, AReplacementTheEncodingCannotHoldIsVetoed) {
    Document doc("r.txt", test::encode_as("第二十六条\n", "GBK"), "GBK");
    EXPECT_FALSE(encoding_veto(doc, Fix{{0, 3}, "第", true}).size());
    std::string why = encoding_veto(doc, Fix{{0, 3}, "😀", true});
    EXPECT_NE(why.find("GBK"), std::string::npos) << why;
    EXPECT_FALSE(encode_text("😀", "GBK").has_value());
    EXPECT_EQ(encode_text("😀", "UTF-8"), "😀");
}

TEST(UnifiedDiff, EqualTextsGiveNothingChangesGiveHunksWithContext) {
    EXPECT_EQ(unified_diff("a\nb\n", "a\nb\n", "f.txt"), "");
    std::string before, after;
    for (int i = 1; i <= 20; ++i) {
        before += std::to_string(i) + "\n";
        after += (i == 2 ? std::string("two") : i == 18 ? std::string("eighteen") : std::to_string(i)) + "\n";
    }
    EXPECT_EQ(unified_diff(before, after, "f.txt"),
              "--- f.txt\n+++ f.txt\n"
              "@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n"
              "@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+eighteen\n 19\n 20\n");
}

TEST(UnifiedDiff, InsertionsDeletionsCrlfAndAMissingFinalNewline) {
    EXPECT_EQ(unified_diff("a\r\nb\r\nc", "a\r\nB\r\nc", "x"),
              "--- x\n+++ x\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n\\ No newline at end of file\n");
    EXPECT_EQ(unified_diff("a\nc\n", "a\nb\nc\n", "x"), "--- x\n+++ x\n@@ -1,2 +1,3 @@\n a\n+b\n c\n");
    EXPECT_EQ(unified_diff("a\n", "", "x"), "--- x\n+++ x\n@@ -1 +0,0 @@\n-a\n");
}

TEST(AtomicWrite, ReplacesTheContentKeepsPermissionsLeavesNoTemporaryFile) {
    test::TempTree tree;
    std::string path = tree.write("dir/report.txt", "old");
    ASSERT_EQ(chmod(path.c_str(), 0640), 0);
    write_file_atomically(path, "new content");
    EXPECT_EQ(test::read_file(path), "new content");
    struct stat st {};
    ASSERT_EQ(stat(path.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0640u);
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(tree.path("dir"))) ++entries;
    EXPECT_EQ(entries, 1u);
}

TEST(AtomicWrite, WritesThroughASymbolicLinkAndFailsCleanlyOnAMissingFile) {
    test::TempTree tree;
    std::string target = tree.write("real.txt", "old");
    fs::create_symlink(target, tree.path("link.txt"));
    write_file_atomically(tree.path("link.txt"), "new");
    EXPECT_TRUE(fs::is_symlink(tree.path("link.txt")));
    EXPECT_EQ(test::read_file(target), "new");
    EXPECT_THROW(write_file_atomically(tree.path("missing.txt"), "x"), std::runtime_error);
}

}  // namespace
}  // namespace gklint
