// One run over a folder of every input format: each file read by its reader, each
// finding located in its own file (an HTML page's line, a Word paragraph, a PDF page).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <map>
#include <string>

#include "support/process.h"
#include "support/temp_tree.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

TEST(MixedFormats, AFolderOfEveryFormatIsLintedInOneRun) {
    test::TempTree tree;
    const std::map<std::string, std::string> files{
        {"a.txt", "examples/004_dc050822b7b0f109.txt"},
        {"b.md", "tests/model/reports/2022_e_shiqiao_town.md"},
        {"c.html", "tests/fixtures/html/real/2023_pingtan_zhsyq.html"},
        {"d.docx", "tests/fixtures/docx/2021_a_qingshi_town.docx"},
        {"e.pdf", "tests/fixtures/pdf/real/2023_hongze_qzf.pdf"},
    };
    for (const auto& [name, source] : files) tree.write("mixed/" + name, test::read_file(test::source_path(source)));
    auto r = test::run_gklint({"--format", "json", tree.path("mixed")});
    ASSERT_EQ(r.exit_code, 1) << r.err;
    auto out = nlohmann::json::parse(r.out);
    ASSERT_EQ(out["files"].size(), files.size());
    std::map<std::string, nlohmann::json> by_name;
    for (const auto& f : out["files"]) by_name[f["path"].get<std::string>().substr(tree.path("mixed/").size())] = f;

    // Plain text: no place. HTML: the page's own lines; 393件 stands on line 349 of the page.
    for (const auto& d : by_name["a.txt"]["diagnostics"]) EXPECT_FALSE(d.contains("place"));
    bool html_line = false;
    for (const auto& d : by_name["c.html"]["diagnostics"])
        html_line = html_line || (d["ruleId"] == "narrative/table-mismatch" && d["range"]["start"]["line"] == 349);
    EXPECT_TRUE(html_line) << by_name["c.html"].dump(1);
    // PDF: every finding names its page; table 四's total of 0 (page 4 of the Hongze report) names its page and cell.
    bool pdf_total = false;
    for (const auto& d : by_name["e.pdf"]["diagnostics"]) {
        ASSERT_TRUE(d.contains("place")) << d.dump();
        EXPECT_GE(d["place"]["page"].get<int>(), 1);
        if (d["ruleId"] == "table/review-litigation-total") {
            pdf_total = true;
            EXPECT_NE(d["place"]["text"].get<std::string>().find("第"), std::string::npos);
            EXPECT_TRUE(d["place"].contains("table")) << d.dump();
        }
    }
    EXPECT_TRUE(pdf_total) << by_name["e.pdf"].dump(1);
    EXPECT_EQ(by_name["d.docx"]["encoding"], "DOCX");
    EXPECT_EQ(by_name["e.pdf"]["encoding"], "PDF");
}

TEST(MixedFormats, ParseGivesEveryCellItsPlaceInTheOriginal) {
    auto r = test::run_gklint({"parse", "--format", "json", test::source_path("tests/fixtures/docx/2021_a_qingshi_town.docx")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto model = nlohmann::json::parse(r.out);
    EXPECT_EQ(model["input_format"], "docx");
    std::size_t cells = 0;
    for (const auto& table : model["tables"])
        for (const auto& cell : table["cells"]) {
            ++cells;
            ASSERT_TRUE(cell.contains("place")) << cell.dump();
            EXPECT_EQ(cell["place"]["paragraph"], cell["range"]["start"]["line"]);
            EXPECT_GE(cell["place"]["table"].get<int>(), 1);
        }
    EXPECT_GT(cells, 100u);
}

}  // namespace
}  // namespace gklint
