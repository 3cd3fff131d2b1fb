// Bad configuration is an error naming the file, line and column, never a crash.
#include <gtest/gtest.h>

#include "config/config.h"
#include "support/config_fixture.h"

namespace gklint {
namespace {

using test::located_error_of;

class ConfigErrorTest : public ::testing::Test {
protected:
    void SetUp() override {
        test::add_fake_rules(registry);
        defaults = test::write_fake_defaults(tree);
    }

    // Writes proj/.gklint.yaml and resolves (and validates) the rules for a report next to it.
    std::optional<LocatedError> error_for(const std::string& config_text) {
        config = tree.write("proj/.gklint.yaml", config_text);
        return located_error_of([&] {
            ConfigResolver resolver(ConfigOptions{defaults, std::nullopt, false});
            std::string report = tree.path("proj/r.txt");
            resolver.for_file(report).enabled_rules(registry, report);
        });
    }

    test::TempTree tree;
    RuleRegistry registry;
    std::string defaults;
    std::string config;
};

struct BadConfig {
    const char* name;
    const char* text;
    std::size_t line, column;
    const char* message_part;
};

TEST_F(ConfigErrorTest, BadKeysAndTypesNameFileLineAndColumn) {
    const BadConfig cases[] = {
        {"unknown key", "root: true\nrulez:\n  fake/alpha: off\n", 2, 1, "unknown key 'rulez'"},
        {"malformed YAML", "root: true\nrules: [fake/alpha\n", 3, 1, "malformed YAML"},
        {"root not a bool", "root: maybe\n", 1, 7, "root must be true or false"},
        {"plugins a map", "root: true\nplugins: {a: b}\n", 2, 10, "plugins must be a string or a list"},
        {"rules a list", "root: true\nrules: [fake/alpha]\n", 2, 8, "rules must be a mapping"},
        {"bad severity", "root: true\nrules:\n  fake/alpha: loud\n", 3, 15, "severity must be off, info, warning or error"},
        {"bad severity in a map", "root: true\nrules:\n  fake/alpha: {severity: 2}\n", 3, 26, "not '2'"},
        {"rule value a list", "root: true\nrules:\n  fake/alpha: [error]\n", 3, 15, "rule 'fake/alpha' must be"},
        {"malformed rule id", "root: true\nrules:\n  Fake_Alpha: off\n", 3, 3, "invalid rule id 'Fake_Alpha'"},
        {"extends a map", "root: true\nextends: {a: b}\n", 2, 10, "extends must be a string or a list"},
        {"overrides a map", "root: true\noverrides: {files: x}\n", 2, 12, "overrides must be a list"},
        {"override without files", "root: true\noverrides:\n  - rules: {fake/beta: off}\n", 3, 5, "needs `files`"},
        {"unknown override key", "root: true\noverrides:\n  - files: [a]\n    rule: {}\n", 4, 5, "unknown key 'rule'"},
        {"top level a list", "- root\n", 1, 1, "a configuration must be a mapping"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        auto error = error_for(c.text);
        ASSERT_TRUE(error);
        EXPECT_EQ(error->file(), config);
        EXPECT_EQ(error->line(), c.line) << error->what();
        EXPECT_EQ(error->column(), c.column) << error->what();
        EXPECT_NE(error->message().find(c.message_part), std::string::npos) << error->what();
    }
}

TEST_F(ConfigErrorTest, EmptyConfigFileIsFine) {
    tree.write("proj/.gklint.yaml", "");
    ConfigResolver resolver(ConfigOptions{defaults, std::nullopt, false});
    std::string report = tree.path("proj/r.txt");
    EXPECT_EQ(resolver.for_file(report).enabled_rules(registry, report).size(), 3u);
}

TEST_F(ConfigErrorTest, UnknownRuleIdIsAnErrorAtItsLineWithASuggestion) {
    auto error = error_for("root: true\nrules:\n  fake/beta: off\n  fake/alpah: error\n");
    ASSERT_TRUE(error);
    EXPECT_EQ(error->file(), config);
    EXPECT_EQ(error->line(), 4u);
    EXPECT_EQ(error->column(), 3u);
    EXPECT_EQ(error->message(), "unknown rule 'fake/alpah' (did you mean 'fake/alpha'?)");

    error = error_for("root: true\nrules:\n  text/no-such-rule: error\n");
    ASSERT_TRUE(error);
    EXPECT_EQ(error->message(), "unknown rule 'text/no-such-rule'");
}

TEST_F(ConfigErrorTest, UnknownRuleInAnOverrideIsAnErrorEvenWhenItsGlobsDoNotMatch) {
    auto error = error_for("root: true\noverrides:\n  - files: [elsewhere/**]\n    rules:\n      fake/delta: off\n");
    ASSERT_TRUE(error);
    EXPECT_EQ(error->line(), 5u);
    EXPECT_NE(error->message().find("unknown rule 'fake/delta'"), std::string::npos) << error->what();
}

TEST_F(ConfigErrorTest, BadOptionsNameTheRuleTheOptionAndWhereItIsWritten) {
    auto error = error_for("root: true\nrules:\n  fake/alpha:\n    count: many\n");
    ASSERT_TRUE(error);
    EXPECT_EQ(error->file(), config);
    EXPECT_EQ(error->line(), 4u);
    EXPECT_EQ(error->column(), 12u);
    EXPECT_EQ(error->message(), "rule 'fake/alpha': option 'count' must be a integer");

    error = error_for("root: true\nrules:\n  fake/alpha: {cuont: 2}\n");
    ASSERT_TRUE(error);
    EXPECT_EQ(error->line(), 3u);
    EXPECT_NE(error->message().find("rule 'fake/alpha' has no option 'cuont' (did you mean 'count'?)"),
              std::string::npos)
        << error->what();

    error = error_for("root: true\nrules:\n  fake/alpha: {format: \"2020\"}\n");
    ASSERT_TRUE(error);
    EXPECT_NE(error->message().find("must be one of 2019, 2021"), std::string::npos) << error->what();

    error = error_for("root: true\nrules:\n  fake/beta: {severity: warning, level: 2}\n");
    ASSERT_TRUE(error);
    EXPECT_NE(error->message().find("rule 'fake/beta' has no options"), std::string::npos) << error->what();
}

TEST_F(ConfigErrorTest, ExtendsErrorsPointAtTheEntry) {
    auto error = error_for("root: true\nextends:\n  - gklint:nope\n");
    ASSERT_TRUE(error);
    EXPECT_EQ(error->file(), config);
    EXPECT_EQ(error->line(), 3u);
    EXPECT_EQ(error->column(), 5u);
    EXPECT_EQ(error->message(), "unknown profile 'gklint:nope' (built-in profiles: loud, recommended)");

    error = error_for("root: true\nextends: ./missing.yaml\n");
    ASSERT_TRUE(error);
    EXPECT_EQ(error->line(), 2u);
    EXPECT_EQ(error->column(), 10u);
    EXPECT_NE(error->message().find("cannot extend './missing.yaml'"), std::string::npos) << error->what();
}

TEST_F(ConfigErrorTest, ExtendsCycleIsAnError) {
    std::string a = tree.write("proj/a.yaml", "extends: [./b.yaml]\n");
    std::string b = tree.write("proj/b.yaml", "rules: {}\nextends: ./a.yaml\n");
    auto error = error_for("root: true\nextends: ./a.yaml\n");
    ASSERT_TRUE(error);
    EXPECT_EQ(error->file(), b);
    EXPECT_EQ(error->line(), 2u);
    EXPECT_EQ(error->column(), 10u);
    EXPECT_EQ(error->message(), "extends cycle: " + a + " -> " + b + " -> " + a);

    error = error_for("root: true\nextends: ./.gklint.yaml\n");
    ASSERT_TRUE(error);
    EXPECT_NE(error->message().find("extends cycle"), std::string::npos) << error->what();
}

TEST_F(ConfigErrorTest, MalformedExtendedFileNamesThatFile) {
    std::string base = tree.write("proj/base.yaml", "rules:\n  fake/alpha: {severity: error\n");
    auto error = error_for("root: true\nextends: ./base.yaml\n");
    ASSERT_TRUE(error);
    EXPECT_EQ(error->file(), base);
    EXPECT_GT(error->line(), 0u);
    EXPECT_GT(error->column(), 0u);
}

TEST_F(ConfigErrorTest, BothConfigSpellingsInOneDirectoryIsAnError) {
    tree.write("proj/.gklint.yml", "root: true\n");
    auto error = error_for("root: true\n");
    ASSERT_TRUE(error);
    EXPECT_NE(error->message().find("keep only one"), std::string::npos) << error->what();
}

TEST_F(ConfigErrorTest, MissingExplicitConfigNamesIt) {
    std::string missing = tree.path("nowhere/gklint.yaml");
    auto error = located_error_of([&] {
        ConfigResolver resolver(ConfigOptions{defaults, missing, false});
        resolver.for_file(tree.path("r.txt"));
    });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->file(), missing);
}

}  // namespace
}  // namespace gklint
