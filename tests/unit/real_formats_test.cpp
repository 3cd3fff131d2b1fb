// The real published reports as they were published (web pages, PDFs) against their
// text copies: every statistics table parses as a grid, and the findings the text copy
// gets for reasons other than the copy's damage are found in the original too.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cctype>
#include <map>
#include <string>
#include <tuple>

#include "support/process.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

using Findings = std::map<std::tuple<std::string, std::string, std::string>, int>;  // rule, severity, message

Findings findings_of(const std::string& relative) {
    auto r = test::run_gklint({"--format", "json", test::source_path(relative)});
    EXPECT_LE(r.exit_code, 1) << relative << ": " << r.err;
    Findings out;
    const auto report = nlohmann::json::parse(r.out);
    for (const auto& f : report["files"])
        for (const auto& d : f["diagnostics"])
            ++out[{d["ruleId"].get<std::string>(), d["severity"].get<std::string>(), d["message"].get<std::string>()}];
    return out;
}

// What a text copy's damage causes: cells run together or lost.
bool from_copy_damage(const std::string& rule) { return rule == "table/unparsable" || rule == "table/shape"; }

struct Original {
    std::string published, text_copy;
    bool same_findings;  // PDF: pdftotext -layout copy, exactly the same findings
};

class RealOriginal : public ::testing::TestWithParam<Original> {};

TEST_P(RealOriginal, TablesAreGridsAndTheCopysFindingsAreFound) {
    const Original& o = GetParam();
    auto model = nlohmann::json::parse(test::run_gklint({"parse", "--format", "json", test::source_path(o.published)}).out);
    ASSERT_EQ(model["tables"].size(), 3u);
    for (const auto& table : model["tables"]) {
        EXPECT_TRUE(table["parsed"].get<bool>()) << o.published << " " << table["key"] << table["problems"].dump();
        EXPECT_EQ(table["layout"], "grid") << o.published << " " << table["key"];
    }
    Findings published = findings_of(o.published), copy = findings_of(o.text_copy);
    for (const auto& [key, n] : published) EXPECT_FALSE(from_copy_damage(std::get<0>(key))) << std::get<2>(key);
    for (const auto& [key, n] : copy) {
        if (from_copy_damage(std::get<0>(key))) continue;
        auto it = published.find(key);
        EXPECT_TRUE(it != published.end() && it->second == n) << o.published << " lacks: " << std::get<2>(key);
    }
    if (o.same_findings) {
        EXPECT_EQ(published, copy) << o.published;
    }
}

std::vector<Original> originals() {
    std::vector<Original> out;
    for (int year = 2019; year <= 2025; ++year)
        out.push_back({"tests/fixtures/html/real/" + std::to_string(year) + "_pingtan_zhsyq.html",
                       "tests/fixtures/real/" + std::to_string(year) + "_pingtan_zhsyq.txt", false});
    for (const char* stem : {"2023_hongze_qzf", "2024_hongze_qzf", "2024_huaian_szf"})
        out.push_back({std::string("tests/fixtures/pdf/real/") + stem + ".pdf",
                       std::string("tests/fixtures/real/") + stem + ".txt", true});
    return out;
}

INSTANTIATE_TEST_SUITE_P(Published, RealOriginal, ::testing::ValuesIn(originals()),
                         [](const ::testing::TestParamInfo<Original>& info) {
                             std::string name = info.param.published.substr(info.param.published.rfind('/') + 1);
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return name;
                         });

}  // namespace
}  // namespace gklint
