// Configuration: discovery, precedence, extends, overrides, files/ignore,
// plugin permission and `config --print`, on real temp directory trees.
#include "config/config.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <regex>

#include "support/config_fixture.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

namespace fs = std::filesystem;
using test::find_enabled;
using test::located_error_of;
using test::severities;
using test::test_plugin;
using Severities = std::map<std::string, std::string>;

std::string plugin_key(const std::string& path) { return fs::weakly_canonical(path).string(); }

std::ptrdiff_t index_of(const std::vector<std::string>& list, const std::string& item) {
    auto it = std::find(list.begin(), list.end(), item);
    return it == list.end() ? -1 : it - list.begin();
}

class ConfigTest : public ::testing::Test {
protected:
    void SetUp() override {
        test::add_fake_rules(registry);
        defaults = test::write_fake_defaults(tree);
    }

    ConfigOptions options(bool allow_plugins = false) const { return ConfigOptions{defaults, std::nullopt, allow_plugins}; }

    Severities severities_for(ConfigResolver& resolver, const std::string& file) const {
        return severities(resolver.for_file(file).enabled_rules(registry, file));
    }

    test::TempTree tree;
    RuleRegistry registry;
    std::string defaults;
};

TEST_F(ConfigTest, WithoutSettingsEveryRuleRunsAtItsDefaultSeverityAndOptions) {
    tree.write("proj/.gklint.yaml", "root: true\n");
    ConfigResolver resolver(options());
    std::string report = tree.path("proj/r.txt");
    auto rules = resolver.for_file(report).enabled_rules(registry, report);
    EXPECT_EQ(severities(rules), (Severities{{"fake/alpha", "warning"}, {"fake/beta", "error"}, {"fake/gamma", "info"}}));
    const EnabledRule* alpha = find_enabled(rules, "fake/alpha");
    ASSERT_NE(alpha, nullptr);
    EXPECT_EQ(alpha->options, (OptionMap{{"format", std::string("2019")}, {"count", std::int64_t{3}}}));
}

TEST_F(ConfigTest, NearestConfigWinsAndLayersAreListedOutermostFirst) {
    std::string outer = tree.write("proj/.gklint.yaml", "root: true\nrules:\n  fake/alpha: error\n  fake/beta: off\n");
    std::string inner = tree.write("proj/sub/.gklint.yml", "rules:\n  fake/alpha: info\n");
    ConfigResolver resolver(options());

    std::string deep = tree.path("proj/sub/deeper/r.txt");
    EXPECT_EQ(severities_for(resolver, deep), (Severities{{"fake/alpha", "info"}, {"fake/gamma", "info"}}));
    const auto& files = resolver.for_file(deep).config_files;
    ASSERT_GE(files.size(), 3u);
    EXPECT_EQ(files.front(), tree.path("defaults/profiles/recommended.yaml"));
    EXPECT_EQ(files[files.size() - 2], outer);
    EXPECT_EQ(files.back(), inner);
    EXPECT_EQ(resolver.for_file(deep).base_dir, tree.path("proj/sub"));

    EXPECT_EQ(severities_for(resolver, tree.path("proj/other/r.txt")),
              (Severities{{"fake/alpha", "error"}, {"fake/gamma", "info"}}));
}

TEST_F(ConfigTest, RootTrueStopsTheSearchUpward) {
    std::string outer = tree.write("proj/.gklint.yaml", "root: true\nrules: {fake/beta: off}\n");
    tree.write("proj/inner/.gklint.yaml", "root: true\nrules: {fake/gamma: off}\n");
    ConfigResolver resolver(options());
    std::string report = tree.path("proj/inner/r.txt");
    EXPECT_EQ(severities_for(resolver, report), (Severities{{"fake/alpha", "warning"}, {"fake/beta", "error"}}));
    EXPECT_EQ(index_of(resolver.for_file(report).config_files, outer), -1);
}

TEST_F(ConfigTest, ConfigurationIsCachedPerDirectory) {
    tree.write("proj/.gklint.yaml", "root: true\n");
    ConfigResolver resolver(options());
    const EffectiveConfig& first = resolver.for_file(tree.path("proj/a/r1.txt"));
    EXPECT_EQ(&first, &resolver.for_file(tree.path("proj/a/r2.txt")));
    EXPECT_EQ(&first, &resolver.for_file(tree.path("proj/b/../a/r3.txt")));
    EXPECT_NE(&first, &resolver.for_file(tree.path("proj/b/r.txt")));
}

TEST_F(ConfigTest, ExplicitConfigReplacesDiscovery) {
    std::string discovered = tree.write("proj/.gklint.yaml", "root: true\nrules: {fake/beta: off}\n");
    std::string explicit_file = tree.write("ci/gklint-ci.yaml", "rules: {fake/gamma: error}\n");
    ConfigOptions opts = options();
    opts.explicit_file = explicit_file;
    ConfigResolver resolver(opts);
    std::string report = tree.path("proj/r.txt");
    EXPECT_EQ(severities_for(resolver, report),
              (Severities{{"fake/alpha", "warning"}, {"fake/beta", "error"}, {"fake/gamma", "error"}}));
    const auto& files = resolver.for_file(report).config_files;
    EXPECT_EQ(files.back(), explicit_file);
    EXPECT_EQ(index_of(files, discovered), -1);
    EXPECT_EQ(index_of(files, tree.path("defaults/default.yaml")), 1);
}

TEST_F(ConfigTest, ExtendsAppliesProfilesAndConfigsBeforeTheExtendingFile) {
    std::string shared = tree.write("proj/base/shared.yaml",
                                    "extends: gklint:loud\nrules:\n  fake/beta: off\n  fake/gamma: warning\n");
    std::string own = tree.write("proj/.gklint.yaml",
                                 "root: true\nextends: [./base/shared.yaml]\nrules:\n  fake/gamma: error\n");
    ConfigResolver resolver(options());
    std::string report = tree.path("proj/r.txt");
    EXPECT_EQ(severities_for(resolver, report), (Severities{{"fake/alpha", "error"}, {"fake/gamma", "error"}}));
    const auto& files = resolver.for_file(report).config_files;
    std::ptrdiff_t loud = index_of(files, tree.path("defaults/profiles/loud.yaml"));
    EXPECT_GE(loud, 0);
    EXPECT_LT(loud, index_of(files, shared));
    EXPECT_LT(index_of(files, shared), index_of(files, own));
}

TEST_F(ConfigTest, ExtendedPackIsLoadedOnceAndOnlyEnabledWhereExtended) {
    std::string pack = tree.write("proj/packs/mine.yaml", R"(pack: mine
rules:
  - id: mine/no-foo
    kind: existence
    severity: info
    summary: no foo
    message: "found {match}"
    tokens: ['foo']
)");
    tree.write("proj/.gklint.yaml", "root: true\n");
    tree.write("proj/a/.gklint.yaml", "extends: ../packs/mine.yaml\nrules:\n  mine/no-foo: warning\n");
    ConfigResolver resolver(options());
    PluginLoader plugins;

    std::string in_a = tree.path("proj/a/r.txt");
    const EffectiveConfig& a = resolver.for_file(in_a);
    EXPECT_EQ(a.pack_paths, std::vector<std::string>{pack});
    load_config_extensions(a, registry, plugins);
    load_config_extensions(a, registry, plugins);  // a second time must not register again
    ASSERT_NE(registry.find("mine/no-foo"), nullptr);
    EXPECT_EQ(severities(a.enabled_rules(registry, in_a)).at("mine/no-foo"), "warning");

    std::string in_b = tree.path("proj/b/r.txt");
    EXPECT_EQ(severities_for(resolver, in_b).count("mine/no-foo"), 0u);
}

TEST_F(ConfigTest, OverridesApplyOnlyToMatchingFiles) {
    tree.write("proj/.gklint.yaml", R"(root: true
rules:
  fake/beta: warning
overrides:
  - files: ["乡镇/**"]
    rules:
      fake/beta: off
      fake/alpha: {count: 9}
)");
    ConfigResolver resolver(options());
    std::string township = tree.path("proj/乡镇/上塘镇/r.txt");
    auto rules = resolver.for_file(township).enabled_rules(registry, township);
    EXPECT_EQ(severities(rules).count("fake/beta"), 0u);
    const EnabledRule* alpha = find_enabled(rules, "fake/alpha");
    ASSERT_NE(alpha, nullptr);
    EXPECT_EQ(std::get<std::int64_t>(alpha->options.at("count")), 9);

    std::string department = tree.path("proj/部门/r.txt");
    rules = resolver.for_file(department).enabled_rules(registry, department);
    EXPECT_EQ(severities(rules).at("fake/beta"), "warning");
    alpha = find_enabled(rules, "fake/alpha");
    ASSERT_NE(alpha, nullptr);
    EXPECT_EQ(std::get<std::int64_t>(alpha->options.at("count")), 3);
}

TEST_F(ConfigTest, OverridesBeatTheirOwnFileButNotANearerConfig) {
    tree.write("proj/.gklint.yaml", R"(root: true
rules: {fake/gamma: warning}
overrides:
  - files: ["**/*.txt"]
    rules: {fake/gamma: off}
)");
    tree.write("proj/sub/.gklint.yaml", "rules: {fake/gamma: error}\n");
    ConfigResolver resolver(options());
    EXPECT_EQ(severities_for(resolver, tree.path("proj/r.txt")).count("fake/gamma"), 0u);
    EXPECT_EQ(severities_for(resolver, tree.path("proj/sub/r.txt")).at("fake/gamma"), "error");
    EXPECT_EQ(severities_for(resolver, tree.path("proj/r.md")).at("fake/gamma"), "warning");
}

TEST_F(ConfigTest, OptionsAreTypedAndKeptWhenALaterLayerOnlyChangesTheSeverity) {
    tree.write("proj/.gklint.yaml",
               "root: true\nrules:\n  fake/alpha: {severity: error, format: \"2021\", words: [甲, 乙]}\n");
    tree.write("proj/sub/.gklint.yaml", "rules:\n  fake/alpha: info\n");
    ConfigResolver resolver(options());
    std::string report = tree.path("proj/sub/r.txt");
    auto rules = resolver.for_file(report).enabled_rules(registry, report);
    const EnabledRule* alpha = find_enabled(rules, "fake/alpha");
    ASSERT_NE(alpha, nullptr);
    EXPECT_EQ(alpha->severity, Severity::Info);
    EXPECT_EQ(alpha->options, (OptionMap{{"format", std::string("2021")},
                                         {"count", std::int64_t{3}},
                                         {"words", std::vector<std::string>{"甲", "乙"}}}));
}

TEST_F(ConfigTest, OptionsWithoutSeverityDoNotTurnARuleBackOn) {
    tree.write("proj/.gklint.yaml", "root: true\nrules:\n  fake/alpha: off\n");
    tree.write("proj/sub/.gklint.yaml", "rules:\n  fake/alpha: {count: 4}\n");
    tree.write("proj/sub/on/.gklint.yaml", "rules:\n  fake/alpha: {severity: warning}\n");
    ConfigResolver resolver(options());
    EXPECT_EQ(severities_for(resolver, tree.path("proj/sub/r.txt")).count("fake/alpha"), 0u);
    std::string report = tree.path("proj/sub/on/r.txt");
    auto rules = resolver.for_file(report).enabled_rules(registry, report);
    const EnabledRule* alpha = find_enabled(rules, "fake/alpha");
    ASSERT_NE(alpha, nullptr);
    EXPECT_EQ(std::get<std::int64_t>(alpha->options.at("count")), 4);
}

TEST_F(ConfigTest, DefaultFilesAreEveryFormatGklintReads) {
    tree.write("proj/.gklint.yaml", "root: true\n");
    ConfigResolver resolver(options());
    for (const char* name : {"proj/a.txt", "proj/x/b.md", "proj/c.html", "proj/d.htm", "proj/e.docx", "proj/f.pdf", "proj/h.doc"})
        EXPECT_TRUE(resolver.for_file(tree.path(name)).accepts(tree.path(name))) << name;
    for (const char* name : {"proj/x/b.txt.orig", "proj/g.xlsx"})
        EXPECT_FALSE(resolver.for_file(tree.path(name)).accepts(tree.path(name))) << name;
}

TEST_F(ConfigTest, FilesAndIgnoreGlobsAreRelativeToTheirConfig) {
    tree.write("proj/.gklint.yaml", "root: true\nfiles: [\"reports/**/*.txt\"]\nignore: [reports/drafts/**]\n");
    tree.write("proj/reports/.gklint.yaml", "ignore: [\"*-old.txt\"]\n");
    ConfigResolver resolver(options());
    auto accepts = [&](const std::string& relative) {
        std::string path = tree.path(relative);
        return resolver.for_file(path).accepts(path);
    };
    EXPECT_TRUE(accepts("proj/reports/2020/a.txt"));
    EXPECT_TRUE(accepts("proj/reports/a.txt"));
    EXPECT_FALSE(accepts("proj/reports/2020/a.md"));
    EXPECT_FALSE(accepts("proj/notes/a.txt"));
    EXPECT_FALSE(accepts("proj/reports/drafts/a.txt"));
    EXPECT_FALSE(accepts("proj/reports/a-old.txt"));
    EXPECT_TRUE(accepts("proj/reports/2020/a-old.txt"));  // "*-old.txt" is anchored at proj/reports
}

TEST_F(ConfigTest, PluginsOfADiscoveredConfigAreRefusedWithoutPermission) {
    std::string plugin = test_plugin("good_plugin");
    tree.write("proj/.gklint.yaml", "root: true\nplugins: [" + plugin + "]\nrules:\n  test/echo: error\n");
    std::string report = tree.path("proj/r.txt");
    PluginLoader plugins;

    ConfigResolver refusing(options(/*allow_plugins=*/false));
    const EffectiveConfig& refused = refusing.for_file(report);
    EXPECT_EQ(refused.refused_plugins, std::vector<std::string>{plugin_key(plugin)});
    EXPECT_TRUE(refused.plugin_paths.empty());
    load_config_extensions(refused, registry, plugins);
    EXPECT_EQ(registry.find("test/echo"), nullptr);
    // test/echo lives in the refused plugin: its setting is skipped, not an error.
    EXPECT_EQ(severities(refused.enabled_rules(registry, report)).count("test/echo"), 0u);

    ConfigResolver allowing(options(/*allow_plugins=*/true));
    const EffectiveConfig& allowed = allowing.for_file(report);
    EXPECT_TRUE(allowed.refused_plugins.empty());
    EXPECT_EQ(allowed.plugin_paths, std::vector<std::string>{plugin_key(plugin)});
    load_config_extensions(allowed, registry, plugins);
    EXPECT_EQ(severities(allowed.enabled_rules(registry, report)).at("test/echo"), "error");
}

TEST_F(ConfigTest, PluginPathsAreRelativeToTheConfigFile) {
    std::string plugin = test_plugin("good_plugin");
    std::string proj = tree.path("proj");
    std::string relative = fs::path(plugin).lexically_relative(proj).string();
    tree.write("proj/.gklint.yaml", "root: true\nplugins: [\"" + relative + "\"]\n");
    ConfigResolver resolver(options());
    EXPECT_EQ(resolver.for_file(tree.path("proj/sub/r.txt")).refused_plugins,
              std::vector<std::string>{plugin_key(plugin)});
}

TEST_F(ConfigTest, ExplicitConfigAndWhatItExtendsMayLoadPlugins) {
    std::string plugin = test_plugin("good_plugin");
    tree.write("ci/base.yaml", "plugins: [" + plugin + "]\n");
    ConfigOptions opts = options(/*allow_plugins=*/false);
    opts.explicit_file = tree.write("ci/gklint.yaml", "extends: ./base.yaml\nrules: {test/every-line: off}\n");
    ConfigResolver resolver(opts);
    std::string report = tree.path("proj/r.txt");
    const EffectiveConfig& config = resolver.for_file(report);
    EXPECT_EQ(config.plugin_paths, std::vector<std::string>{plugin_key(plugin)});
    EXPECT_TRUE(config.refused_plugins.empty());
    PluginLoader plugins;
    load_config_extensions(config, registry, plugins);
    auto enabled = severities(config.enabled_rules(registry, report));
    EXPECT_EQ(enabled.at("test/echo"), "warning");
    EXPECT_EQ(enabled.count("test/every-line"), 0u);
}

TEST_F(ConfigTest, MissingPluginFileFailsWhenLoadedNamingTheFile) {
    tree.write("proj/.gklint.yaml", "root: true\nplugins: [./no-such-plugin.so]\n");
    ConfigResolver resolver(options(/*allow_plugins=*/true));
    PluginLoader plugins;
    try {
        load_config_extensions(resolver.for_file(tree.path("proj/r.txt")), registry, plugins);
        FAIL() << "a missing plugin loaded";
    } catch (const PluginError& e) {
        EXPECT_NE(std::string(e.what()).find(tree.path("proj/no-such-plugin.so")), std::string::npos) << e.what();
    }
}

TEST_F(ConfigTest, PrintListsSeveritiesOptionsFilesAndPlugins) {
    std::string plugin = test_plugin("good_plugin");
    std::string config = tree.write("proj/.gklint.yaml", R"(root: true
rules:
  fake/beta: off
  fake/alpha: {severity: error, count: 5}
ignore: [drafts/**]
plugins: [)" + plugin + "]\n");
    ConfigResolver resolver(options());
    std::string report = tree.path("proj/r.txt");
    std::string text = print_effective_config(resolver.for_file(report), registry, report);

    EXPECT_NE(text.find("fake/beta: off"), std::string::npos) << text;
    EXPECT_NE(text.find("fake/gamma: info"), std::string::npos) << text;
    EXPECT_TRUE(std::regex_search(text, std::regex(R"(fake/alpha: \{severity: error, count: 5, format: "2019"\})")))
        << text;

    YAML::Node printed = YAML::Load(text);
    EXPECT_EQ(printed["file"].as<std::string>(), report);
    EXPECT_TRUE(printed["linted-in-directory-walks"].as<bool>());
    EXPECT_EQ(printed["config-files"][printed["config-files"].size() - 1].as<std::string>(), config);
    EXPECT_EQ(printed["rules"]["fake/alpha"]["severity"].as<std::string>(), "error");
    EXPECT_EQ(printed["rules"]["fake/alpha"]["count"].as<int>(), 5);
    EXPECT_EQ(printed["plugins"]["refused"][0].as<std::string>(), plugin_key(plugin));
    EXPECT_EQ(printed["plugins"]["loaded"].size(), 0u);
    EXPECT_EQ(printed["ignore"][0].as<std::string>(), tree.path("proj/drafts/**"));
    EXPECT_EQ(printed["files"][0].as<std::string>(), "**/*.txt");
}

}  // namespace
}  // namespace gklint
