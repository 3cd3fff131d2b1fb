// The shipped defaults (config/) and profiles against the shipped rules.
#include <gtest/gtest.h>

#include <filesystem>

#include "app/builtin_rules.h"
#include "app/data_paths.h"
#include "config/config.h"
#include "support/config_fixture.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

namespace fs = std::filesystem;

class ShippedConfigTest : public ::testing::Test {
protected:
    void SetUp() override { load_builtin_rules(paths, registry, plugins); }

    std::map<std::string, std::string> severities_with(const std::string& config_text) {
        tree.write("proj/.gklint.yaml", config_text);
        ConfigResolver resolver(ConfigOptions{paths.config_dir, std::nullopt, false});
        std::string report = tree.path("proj/r.txt");
        return test::severities(resolver.for_file(report).enabled_rules(registry, report));
    }

    DataPaths paths = data_paths_under(test::build_prefix());
    RuleRegistry registry;
    PluginLoader plugins;
    test::TempTree tree;
};

TEST_F(ShippedConfigTest, DefaultsEnableEveryShippedRuleAtItsDeclaredSeverity) {
    auto enabled = severities_with("root: true\n");
    EXPECT_EQ(enabled.size(), registry.size());
    for (const Rule* rule : registry.all())
        EXPECT_EQ(enabled[rule->meta().id], severity_name(rule->meta().default_severity)) << rule->meta().id;
}

TEST_F(ShippedConfigTest, StrictProfileTurnsArtifactWarningsIntoErrors) {
    ASSERT_EQ(registry.find("text/artifact")->meta().default_severity, Severity::Warning);
    EXPECT_EQ(severities_with("root: true\nextends: gklint:strict\n").at("text/artifact"), "error");
}

TEST_F(ShippedConfigTest, EveryShippedProfileResolvesAgainstTheShippedRules) {
    std::size_t profiles = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(paths.config_dir) / "profiles")) {
        std::string name = entry.path().stem().string();
        SCOPED_TRACE(name);
        EXPECT_NO_THROW(severities_with("root: true\nextends: gklint:" + name + "\n"));
        ++profiles;
    }
    EXPECT_GE(profiles, 2u);
}

}  // namespace
}  // namespace gklint
