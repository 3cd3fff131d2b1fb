// Inline suppressions end to end: a comment in the document turns the named rules
// (or a category, or every rule) off for the line after it; other lines and rules stay.
#include <gtest/gtest.h>

#include <string>

#include "support/html_page.h"
#include "support/process.h"
#include "support/temp_tree.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

// Sample 004 with `comment` on its own line before line 45 (the caption 第二十六条第（六）项).
std::string sample_with_comment_before_caption(const std::string& comment) {
    std::string text = test::read_file(test::source_path("examples/004_dc050822b7b0f109.txt"));
    std::size_t at = text.find("\t第二十六条第（六）项");
    text.insert(at, comment + "\n");
    return text;
}

std::string page_with_comment_before_caption(const std::string& comment) {
    return test::page_of_lines(test::read_file(test::source_path("examples/004_dc050822b7b0f109.txt")),
                               [&](const std::string& line) {
                                   std::string p = "<p>" + line + "</p>";
                                   return line.rfind("第二十六条第（六）项", 0) == 0 ? comment + "\n" + p : p;
                               });
}

int count(const std::string& out, const std::string& what) {
    int n = 0;
    for (std::size_t at = 0; (at = out.find(what, at)) != std::string::npos; at += what.size()) ++n;
    return n;
}

TEST(InlineSuppression, HtmlCommentDisablesTheRuleOnTheNextLineOnly) {
    test::TempTree tree;
    std::string plain = tree.write("plain.html", page_with_comment_before_caption(""));
    std::string off = tree.write("off.html", page_with_comment_before_caption("<!-- gklint-disable-next-line article/wrong-number -->"));
    std::string other = tree.write("other.html", page_with_comment_before_caption("<!-- gklint-disable-next-line text/artifact -->"));
    std::string category = tree.write("category.html", page_with_comment_before_caption("<!-- gklint-disable-next-line article/ -->"));
    EXPECT_EQ(count(test::run_gklint({"--format", "gcc", plain}).out, "[article/wrong-number]"), 1);
    EXPECT_EQ(count(test::run_gklint({"--format", "gcc", off}).out, "[article/wrong-number]"), 0);
    EXPECT_EQ(count(test::run_gklint({"--format", "gcc", other}).out, "[article/wrong-number]"), 1);
    EXPECT_EQ(count(test::run_gklint({"--format", "gcc", category}).out, "[article/wrong-number]"), 0);
    // The other findings of the page stay.
    auto all = test::run_gklint({"--format", "gcc", plain}).out, fewer = test::run_gklint({"--format", "gcc", off}).out;
    EXPECT_EQ(count(all, "\n") - 1, count(fewer, "\n"));
}

TEST(InlineSuppression, MarkdownCommentDisablesEveryRuleWhenNoneIsNamed) {
    test::TempTree tree;
    std::string plain = tree.write("plain.md", sample_with_comment_before_caption(""));
    std::string off = tree.write("off.md", sample_with_comment_before_caption("<!-- gklint-disable-next-line -->"));
    EXPECT_EQ(count(test::run_gklint({"--format", "gcc", plain}).out, "[article/wrong-number]"), 1);
    EXPECT_EQ(count(test::run_gklint({"--format", "gcc", off}).out, "[article/wrong-number]"), 0);
}

}  // namespace
}  // namespace gklint
