// gklint serve's parts that need no network: who may talk to it, and the document as the
// page shows it (tests/scripts/serve_browser.py drives the whole in Chromium).
#include <gtest/gtest.h>

#include "core/document.h"
#include "model/analysis.h"
#include "model/report_template.h"
#include "serve/document_view.h"
#include "serve/request_guard.h"
#include "support/test_paths.h"

namespace gklint::serve {
namespace {

TEST(RequestGuard, OnlyTheServersOwnNamesAndOrigin) {
    RequestGuard guard({"127.0.0.1", "localhost", "[::1]"}, 8412);
    EXPECT_FALSE(guard.refuse("127.0.0.1:8412", std::nullopt));
    EXPECT_FALSE(guard.refuse("LOCALHOST:8412", std::nullopt));
    EXPECT_FALSE(guard.refuse("[::1]:8412", std::nullopt));
    EXPECT_FALSE(guard.refuse("127.0.0.1:8412", "http://127.0.0.1:8412"));
    // DNS rebinding: a site's name that now resolves to 127.0.0.1.
    EXPECT_TRUE(guard.refuse("attacker.example:8412", std::nullopt));
    EXPECT_TRUE(guard.refuse("127.0.0.1:8413", std::nullopt));
    EXPECT_TRUE(guard.refuse("127.0.0.1", std::nullopt));
    // Another site's page posting to the server, a sandboxed or file:// page, https.
    EXPECT_TRUE(guard.refuse("127.0.0.1:8412", "http://attacker.example"));
    EXPECT_TRUE(guard.refuse("127.0.0.1:8412", "null"));
    EXPECT_TRUE(guard.refuse("127.0.0.1:8412", "https://127.0.0.1:8412"));
    // Same name, other origin: localhost's page may not post to 127.0.0.1's.
    EXPECT_TRUE(guard.refuse("127.0.0.1:8412", "http://localhost:8412"));
}

TEST(RequestGuard, EveryAddressAcceptsIpLiteralsButNoNames) {
    RequestGuard guard({"127.0.0.1", "localhost", "0.0.0.0"}, 80, /*any_address=*/true);
    EXPECT_FALSE(guard.refuse("192.168.1.20:80", "http://192.168.1.20:80"));
    EXPECT_FALSE(guard.refuse("[fe80::1]:80", std::nullopt));
    EXPECT_TRUE(guard.refuse("intranet.example:80", std::nullopt));
    EXPECT_TRUE(guard.refuse("192.168.1.20:81", std::nullopt));
}

Diagnostic finding_at(std::string_view text, std::string_view needle) {
    Diagnostic d;
    d.rule_id = "test/x";
    std::size_t at = text.find(needle);
    d.range = TextRange{at, at + needle.size()};
    return d;
}

std::string joined(const nlohmann::json& spans) {
    std::string text;
    for (const auto& span : spans) text += span["text"].get<std::string>();
    return text;
}

TEST(DocumentView, TablesAsTablesAndEveryFindingMarkedWhereItIs) {
    std::string bytes = test::read_file(test::source_path("examples/004_dc050822b7b0f109.txt"));
    Document document("004.txt", bytes);
    TemplateSet templates = load_templates(test::source_path("rules/templates"));
    Analysis analysis(document, &templates);
    std::vector<Diagnostic> diagnostics{finding_at(document.text(), "第二十六条"), finding_at(document.text(), "208条")};
    Diagnostic point;
    point.range = TextRange{diagnostics[1].range.begin, diagnostics[1].range.begin};
    diagnostics.push_back(point);
    nlohmann::json view = document_view(document, analysis.model(), diagnostics);

    ASSERT_EQ(view["parts"].size(), 3u);
    EXPECT_EQ(view["parts"][0], 2);  // table 二 is in part 二
    EXPECT_EQ(view["parts"][1], 1);

    int tables = 0;
    bool caption_marked = false, sum_marked = false, point_marked = false;
    std::string all_text;
    for (const auto& block : view["blocks"]) {
        if (block["kind"] == "table") {
            ++tables;
            for (const auto& row : block["rows"])
                for (const auto& cell : row)
                    for (const auto& span : cell["spans"])
                        if (span["text"] == "第二十六条" && span["marks"] == nlohmann::json::array({0})) caption_marked = true;
            continue;
        }
        all_text += joined(block["spans"]);
        for (const auto& span : block["spans"]) {
            if (span["text"] == "208条") sum_marked = span["marks"] == nlohmann::json::array({1});
            if (span["text"] == "" && span["marks"] == nlohmann::json::array({2})) point_marked = true;
        }
    }
    EXPECT_EQ(tables, 3) << "tables 二, 三 and 四";
    EXPECT_TRUE(caption_marked) << "第二十六条 is one span, in a cell of table 二, marked by finding 0";
    EXPECT_TRUE(sum_marked);
    EXPECT_TRUE(point_marked) << "an empty range is an empty marked span at its place";
    EXPECT_NE(all_text.find("政府信息公开工作年度报告"), std::string::npos);
    EXPECT_EQ(view["blocks"][0]["kind"], "title");
}

TEST(DocumentView, SplitsOnlyAtCharacterBoundaries) {
    Document document("r.txt", "一、总体情况\n本年度共主动公开信息十条。\n");
    TemplateSet templates = load_templates(test::source_path("rules/templates"));
    Analysis analysis(document, &templates);
    Diagnostic d;
    d.range = TextRange{document.text().find("主动") + 1, document.text().find("信息") + 2};  // inside characters
    nlohmann::json view = document_view(document, analysis.model(), {d});
    for (const auto& block : view["blocks"])
        for (const auto& span : block["spans"]) EXPECT_NO_THROW((void)span["text"].dump()) << "valid UTF-8";
    EXPECT_EQ(view["parts"][0], 1);
}

}  // namespace
}  // namespace gklint::serve
