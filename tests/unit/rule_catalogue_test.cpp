// Every rule of the catalogue has what the engineering standards ask of it: a doc page with
// a bad and a good example, and data-driven cases that flag and that stay silent.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <string>

#include "support/process.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

TEST(RuleCatalogue, EveryRuleHasADocPageWithBadAndGoodAndCasesBothWays) {
    auto r = test::run_gklint({"rules", "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto rules = nlohmann::json::parse(r.out);
    ASSERT_GE(rules.size(), 39u);
    for (const auto& rule : rules) {
        const std::string id = rule["id"].get<std::string>();
        const std::string doc = test::source_path("docs/rules/" + id + ".md");
        ASSERT_TRUE(std::filesystem::exists(doc)) << id << ": no " << doc;
        const std::string text = test::read_file(doc);
        EXPECT_NE(text.find("Bad"), std::string::npos) << doc << " has no bad example";
        EXPECT_NE(text.find("Good"), std::string::npos) << doc << " has no good example";
        // An input rule is about files, not text: its cases are the readers' tests.
        if (id.rfind("input/", 0) == 0) continue;
        const std::string cases = test::source_path("tests/cases/" + id + ".yaml");
        ASSERT_TRUE(std::filesystem::exists(cases)) << id << ": no " << cases;
        YAML::Node node = YAML::LoadFile(cases);
        EXPECT_EQ(node["rule"].as<std::string>(), id) << cases;
        EXPECT_GE(node["valid"].size(), 1u) << cases << " has no case that must stay silent";
        EXPECT_GE(node["invalid"].size(), 1u) << cases << " has no case that must be flagged";
    }
}

}  // namespace
}  // namespace gklint
