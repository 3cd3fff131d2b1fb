// The plugin host: loading (and refusing) shared libraries, and the host API a
// plugin rule sees while it runs.
#include "plugin_host/plugin_loader.h"

#include <gklint/plugin.h>

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "app/data_paths.h"
#include "core/runner.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

namespace fs = std::filesystem;
using test::test_plugin;

::testing::AssertionResult Contains(const std::string& text, const std::string& part) {
    if (text.find(part) != std::string::npos) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "'" << text << "' does not contain '" << part << "'";
}

std::string load_error(const std::string& path) {
    PluginLoader loader;
    RuleRegistry registry;
    try {
        loader.load(path, registry);
    } catch (const PluginError& e) {
        EXPECT_EQ(registry.size(), 0u) << "a refused plugin registered rules";
        return e.what();
    }
    ADD_FAILURE() << "loading " << path << " did not fail";
    return {};
}

// Runs one rule of the registry on `text`, with its defaults overridden by `options` (YAML map).
std::vector<Diagnostic> run_rule(const RuleRegistry& registry, const std::string& id, const Document& doc,
                                 const std::string& options = "{}", Language language = Language::Zh) {
    const Rule* rule = registry.find(id);
    EXPECT_NE(rule, nullptr) << id;
    if (!rule) return {};
    OptionMap values = default_options(rule->meta().options);
    YAML::Node given = YAML::Load(options);
    for (const auto& spec : rule->meta().options)
        if (given[spec.name]) values[spec.name] = parse_option_value(spec, given[spec.name]);
    return run_rules(doc, {EnabledRule{rule, rule->meta().default_severity, values}}, language);
}

class GoodPlugin : public ::testing::Test {
protected:
    void SetUp() override { plugin = &loader.load(test_plugin("good_plugin"), registry); }

    PluginLoader loader;
    RuleRegistry registry;
    const LoadedPlugin* plugin = nullptr;
};

TEST(PluginLoaderErrors, MissingFileNamesPathAndReason) {
    std::string path = test::source_path("tests/plugins/no-such-plugin.so");
    std::string error = load_error(path);
    EXPECT_TRUE(Contains(error, "cannot load plugin " + path));
    EXPECT_TRUE(Contains(error, "No such file or directory"));
}

TEST(PluginLoaderErrors, NonLibraryFileIsRefused) {
    fs::path path = fs::temp_directory_path() / ("gklint-not-a-library-" + std::to_string(::getpid()) + ".so");
    std::ofstream(path) << "this is text, not ELF\n";
    std::string error = load_error(path.string());
    fs::remove(path);
    EXPECT_TRUE(Contains(error, "cannot load plugin " + fs::weakly_canonical(path).string()));
}

TEST(PluginLoaderErrors, MissingEntrySymbol) {
    std::string path = test_plugin("missing_entry");
    EXPECT_EQ(load_error(path), "plugin " + fs::canonical(path).string() +
                                    " does not export gklint_plugin_entry (not a gklint plugin?)");
}

TEST(PluginLoaderErrors, EntryReturningNull) {
    std::string error = load_error(test_plugin("null_entry"));
    EXPECT_TRUE(Contains(error, fs::canonical(test_plugin("null_entry")).string()));
    EXPECT_TRUE(Contains(error, "gklint_plugin_entry returned NULL"));
}

TEST(PluginLoaderErrors, WrongAbiVersion) {
    std::string path = fs::canonical(test_plugin("wrong_abi")).string();
    EXPECT_EQ(load_error(path), "plugin " + path + " was built for plugin ABI version 999, this gklint has " +
                                    std::to_string(GKLINT_PLUGIN_ABI_VERSION) + "; rebuild it");
}

TEST(PluginLoaderErrors, DescriptorStructTooSmall) {
    std::string error = load_error(test_plugin("small_struct"));
    EXPECT_TRUE(Contains(error, fs::canonical(test_plugin("small_struct")).string()));
    EXPECT_TRUE(Contains(error, "gklint_plugin.struct_size is " +
                                 std::to_string(offsetof(gklint_plugin, rules)) + " bytes, smaller than the " +
                                 std::to_string(sizeof(gklint_plugin)) + " bytes this gklint needs"));
}

TEST(PluginLoaderErrors, RuleDeclarationTooSmall) {
    std::string error = load_error(test_plugin("small_rule"));
    EXPECT_TRUE(Contains(error, fs::canonical(test_plugin("small_rule")).string()));
    EXPECT_TRUE(Contains(error, "rule #1: gklint_rule_decl.struct_size is " +
                                 std::to_string(offsetof(gklint_rule_decl, check)) + " bytes"));
}

TEST(PluginLoaderErrors, InvalidRuleId) {
    std::string error = load_error(test_plugin("bad_rule_id"));
    EXPECT_TRUE(Contains(error, "plugin " + fs::canonical(test_plugin("bad_rule_id")).string()));
    EXPECT_TRUE(Contains(error, "invalid rule id 'Test/Bad_Rule'"));
}

TEST(PluginLoaderErrors, UnknownOptionType) {
    std::string error = load_error(test_plugin("bad_option_type"));
    EXPECT_TRUE(Contains(error, fs::canonical(test_plugin("bad_option_type")).string()));
    EXPECT_TRUE(Contains(error, "rule 'test/bad-option-type', option 'shape' has unknown type 42"));
}

TEST(PluginLoaderErrors, DefaultThatDoesNotParse) {
    std::string error = load_error(test_plugin("bad_option_default"));
    EXPECT_TRUE(Contains(error, fs::canonical(test_plugin("bad_option_default")).string()));
    EXPECT_TRUE(Contains(error, "rule 'test/bad-option-default', option 'limit': invalid default 'lots'"));
}

TEST_F(GoodPlugin, DuplicateRuleIdRefusesTheWholePlugin) {
    std::string path = fs::canonical(test_plugin("duplicate_rule")).string();
    try {
        loader.load(path, registry);
        FAIL() << "duplicate rule id accepted";
    } catch (const PluginError& e) {
        EXPECT_TRUE(Contains(e.what(), "plugin " + path + ": rule 'test/echo' is already defined by plugin good"));
    }
    EXPECT_EQ(registry.find("test/duplicate-first"), nullptr);
    EXPECT_EQ(registry.size(), 3u);
}

TEST_F(GoodPlugin, DescribesItsRules) {
    std::string path = fs::canonical(test_plugin("good_plugin")).string();
    EXPECT_EQ(plugin->path, path);
    EXPECT_EQ(plugin->name, "good");
    EXPECT_EQ(plugin->version, "1.2.3");
    EXPECT_EQ(plugin->rule_ids, (std::vector<std::string>{"test/echo", "test/every-line", "test/host-guards"}));

    const RuleMeta& meta = registry.find("test/echo")->meta();
    EXPECT_EQ(meta.default_severity, Severity::Warning);
    EXPECT_EQ(meta.summary.zh, "回显");
    EXPECT_EQ(meta.summary.en, "Echo");
    EXPECT_TRUE(meta.fixable);
    EXPECT_EQ(meta.origin, "plugin good 1.2.3 (" + path + ")");
    EXPECT_EQ(meta.source, path);
    EXPECT_FALSE(meta.builtin);
    ASSERT_EQ(meta.options.size(), 6u);
    EXPECT_EQ(meta.options[0].name, "mode");
    EXPECT_EQ(meta.options[0].type, OptionType::String);
    EXPECT_EQ(meta.options[0].allowed_values, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(meta.options[0].description, "a or b");
    EXPECT_EQ(meta.options[1].default_value, OptionValue{std::int64_t{3}});
    EXPECT_EQ(meta.options[2].default_value, OptionValue{0.5});
    EXPECT_EQ(meta.options[3].default_value, OptionValue{false});
    EXPECT_EQ(meta.options[4].default_value, OptionValue{(std::vector<std::string>{"x", "y"})});
    EXPECT_FALSE(meta.options[5].default_value.has_value());
    EXPECT_FALSE(registry.find("test/every-line")->meta().fixable);
}

TEST_F(GoodPlugin, LoadingTheSamePathTwiceIsIdempotent) {
    std::string relative = fs::relative(test_plugin("good_plugin")).string();
    const LoadedPlugin& again = loader.load(relative, registry);
    EXPECT_EQ(&again, plugin);
    EXPECT_EQ(registry.size(), 3u);
    std::string indirect = test::build_prefix() + "/test-plugins/../test-plugins/good_plugin.so";
    EXPECT_EQ(&loader.load(indirect, registry), plugin);
}

TEST_F(GoodPlugin, DiagnosticCarriesRangeNoteFixAndDefaults) {
    Document doc("reports/a.txt", "第一行\n这里有目标。\n");
    auto found = run_rule(registry, "test/echo", doc);
    ASSERT_EQ(found.size(), 1u);
    const Diagnostic& d = found[0];
    EXPECT_EQ(d.rule_id, "test/echo");
    EXPECT_EQ(d.severity, Severity::Warning);
    EXPECT_EQ(doc.text().substr(d.range.begin, d.range.end - d.range.begin), "目标");
    Position at = doc.position(d.range.begin, ColumnUnit::CodePoint);
    EXPECT_EQ(at.line, 2u);
    EXPECT_EQ(at.column, 4u);
    EXPECT_EQ(d.message,
              "回显 lang=zh mode=a count=3 ratio=0.5 strict=false words=x,y unknown=none path=reports/a.txt");
    ASSERT_EQ(d.notes.size(), 1u);
    EXPECT_EQ(d.notes[0].range, (TextRange{0, doc.lines().line_end(0)}));
    EXPECT_EQ(d.notes[0].message, "第一行");
    ASSERT_TRUE(d.fix.has_value());
    EXPECT_EQ(d.fix->range, d.range);
    EXPECT_EQ(d.fix->replacement, "替换");
    EXPECT_TRUE(d.fix->safe);
    EXPECT_FALSE(d.fingerprint.empty());
}

TEST_F(GoodPlugin, ConfiguredOptionsAndEnglish) {
    Document doc("b.txt", "目标");
    auto found = run_rule(registry, "test/echo", doc,
                          "{mode: b, count: -7, ratio: 2.25, strict: true, words: [一, 二, 三]}", Language::En);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message,
              "echo lang=en mode=b count=-7 ratio=2.25 strict=true words=一,二,三 unknown=none path=b.txt");
    EXPECT_EQ(found[0].notes.at(0).message, "first line");
}

TEST_F(GoodPlugin, LineRangesExcludeTerminators) {
    Document doc("c.txt", "一\r\n\r\n二三\r四\n");
    auto found = run_rule(registry, "test/every-line", doc);
    ASSERT_EQ(found.size(), 3u);
    std::vector<std::string> seen;
    for (const auto& d : found)
        seen.push_back(d.message + ":" + std::string(doc.text().substr(d.range.begin, d.range.end - d.range.begin)));
    EXPECT_EQ(seen, (std::vector<std::string>{"line 0:一", "line 2:二三", "line 3:四"}));
}

TEST_F(GoodPlugin, HostRejectsMalformedDiagnostics) {
    Document doc("d.txt", "中文文本\n");
    auto found = run_rule(registry, "test/host-guards", doc);
    ASSERT_EQ(found.size(), 3u);
    // Same start offset: the runner keeps the order of reporting.
    EXPECT_EQ(found[0].message, "ok");
    EXPECT_EQ(found[0].notes.size(), 1u);
    EXPECT_TRUE(found[0].fix.has_value());
    EXPECT_EQ(found[1].message, "ok");
    EXPECT_TRUE(found[1].notes.empty());
    EXPECT_FALSE(found[1].fix.has_value());
    EXPECT_EQ(found[2].message, "guards=00000000011 option=0 past-end=1");
}

TEST_F(GoodPlugin, ConcurrentChecksOnDifferentDocumentsDoNotInterfere) {
    std::vector<std::thread> threads;
    std::vector<int> mismatches(4, 0);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            std::string name = "doc" + std::to_string(t) + ".txt";
            Document doc(name, std::string(static_cast<std::size_t>(t) * 3, 'x') + "目标\n");
            for (int i = 0; i < 200; ++i) {
                auto found = run_rule(registry, "test/echo", doc, t % 2 ? "{mode: b}" : "{}");
                bool ok = found.size() == 1 && found[0].range.begin == static_cast<std::size_t>(t) * 3 &&
                          found[0].message.ends_with("path=" + name) &&
                          found[0].message.find(t % 2 ? "mode=b" : "mode=a") != std::string::npos;
                if (!ok) ++mismatches[static_cast<std::size_t>(t)];
            }
        });
    }
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(mismatches, (std::vector<int>{0, 0, 0, 0}));
}

TEST(PluginLoader, OlderStructLayoutsLoadAndRun) {
    PluginLoader loader;
    RuleRegistry registry;
    const LoadedPlugin& old = loader.load(test_plugin("old_plugin"), registry, /*builtin=*/true);
    EXPECT_EQ(old.version, "");
    const RuleMeta& meta = registry.find("test/old-rule")->meta();
    EXPECT_TRUE(meta.builtin);
    EXPECT_EQ(meta.summary.in(Language::En), "旧");
    ASSERT_EQ(meta.options.size(), 1u);
    EXPECT_TRUE(meta.options[0].allowed_values.empty());
    EXPECT_EQ(meta.options[0].default_value, OptionValue{std::string("low")});
    auto found = run_rule(registry, "test/old-rule", Document("e.txt", "text"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message, "old plugin ran");
}

TEST(PluginLoader, ThrowingRuleBecomesADiagnostic) {
    PluginLoader loader;
    RuleRegistry registry;
    loader.load(test_plugin("throwing_rule"), registry);
    auto found = run_rule(registry, "test/throwing", Document("f.txt", "text"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].rule_id, "test/throwing");
    EXPECT_EQ(found[0].range, (TextRange{0, 0}));
    EXPECT_EQ(found[0].message, "internal error in plugin rule: boom");
}

TEST(PluginLoader, DirectoryLoadsSharedLibrariesInNameOrder) {
    fs::path dir = fs::temp_directory_path() / ("gklint-plugin-dir-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::copy_file(test_plugin("good_plugin"), dir / "b.so", fs::copy_options::overwrite_existing);
    fs::copy_file(test_plugin("old_plugin"), dir / "a.so", fs::copy_options::overwrite_existing);
    fs::copy_file(test_plugin("wrong_abi"), dir / "c.so.disabled", fs::copy_options::overwrite_existing);
    fs::create_directories(dir / "nested.so");
    {
        PluginLoader loader;
        RuleRegistry registry;
        auto loaded = loader.load_directory(dir.string(), registry);
        ASSERT_EQ(loaded.size(), 2u);
        EXPECT_EQ(loaded[0].name, "old");
        EXPECT_EQ(loaded[0].path, fs::canonical(dir / "a.so").string());
        EXPECT_EQ(loaded[1].name, "good");
        EXPECT_EQ(registry.size(), 4u);
    }
    fs::remove_all(dir);
}

TEST(PluginLoader, MissingDirectoryLoadsNothing) {
    PluginLoader loader;
    RuleRegistry registry;
    EXPECT_TRUE(loader.load_directory(test::source_path("tests/plugins/no-such-dir"), registry).empty());
    EXPECT_EQ(registry.size(), 0u);
}

TEST(PluginLoader, ShippedPluginDirectoryLoads) {
    PluginLoader loader;
    RuleRegistry registry;
    auto loaded = loader.load_directory(data_paths_under(test::build_prefix()).plugin_dir, registry, /*builtin=*/true);
    ASSERT_FALSE(loaded.empty());
    const Rule* rule = registry.find("article/wrong-number");
    ASSERT_NE(rule, nullptr);
    EXPECT_TRUE(rule->meta().builtin);
    EXPECT_EQ(rule->meta().default_severity, Severity::Error);
    EXPECT_TRUE(rule->meta().fixable);
    EXPECT_TRUE(Contains(rule->meta().origin, "plugin article "));
    EXPECT_TRUE(Contains(rule->meta().source, "gklint-article.so"));
}

}  // namespace
}  // namespace gklint
