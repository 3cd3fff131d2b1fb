// YAML rule packs: what a broken pack reports (file:line:col), and what the two
// kinds (existence, substitution) find and fix.
#include "packs/pack_loader.h"

#include <gtest/gtest.h>

#include <string>

#include "core/located_error.h"
#include "core/runner.h"
#include "support/temp_tree.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

using test::TempTree;

::testing::AssertionResult Contains(const std::string& text, const std::string& part) {
    if (text.find(part) != std::string::npos) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "'" << text << "' does not contain '" << part << "'";
}

class PackLoader : public ::testing::Test {
protected:
    // Writes `yaml` as a pack and expects loading it to fail; returns the error.
    LocatedError load_error(const std::string& yaml, const std::string& name = "broken.yaml") {
        std::string path = tree.write(name, yaml);
        try {
            load_pack(path, registry);
        } catch (const LocatedError& e) {
            EXPECT_EQ(e.file(), path);
            return e;
        }
        ADD_FAILURE() << "loading this pack did not fail:\n" << yaml;
        return LocatedError(path, 0, 0, "no error");
    }

    const Rule& load_rule(const std::string& yaml, const std::string& id) {
        load_pack(tree.write("pack.yaml", yaml), registry);
        const Rule* rule = registry.find(id);
        if (!rule) throw std::runtime_error("the pack did not define " + id);
        return *rule;
    }

    std::vector<Diagnostic> run(const Rule& rule, const std::string& text, Language language = Language::Zh) {
        Document doc("report.txt", text);
        return run_rules(doc, {EnabledRule{&rule, rule.meta().default_severity, {}}}, language);
    }

    std::string matched(const std::string& text, const Diagnostic& d) {
        return text.substr(d.range.begin, d.range.end - d.range.begin);
    }

    TempTree tree;
    RuleRegistry registry;
};

constexpr const char* kHeader = "pack: test\nrules:\n";

TEST_F(PackLoader, MalformedYamlGivesFileLineAndColumn) {
    LocatedError e = load_error(std::string(kHeader) + "  - id: test/a\n    kind: [existence\n");
    EXPECT_GT(e.line(), 0u);
    EXPECT_GT(e.column(), 0u);
    EXPECT_TRUE(Contains(e.what(), e.file() + ":" + std::to_string(e.line()) + ":" + std::to_string(e.column()) +
                                       ": malformed YAML"));
}

TEST_F(PackLoader, UnknownKindNamesTheKnownOnes) {
    LocatedError e = load_error(std::string(kHeader) +
                                "  - id: test/a\n    kind: spelling\n    summary: s\n    message: m\n");
    EXPECT_EQ(e.line(), 4u);
    EXPECT_EQ(e.column(), 11u);
    EXPECT_TRUE(Contains(e.message(), "unknown rule kind 'spelling'"));
    EXPECT_TRUE(Contains(e.message(), "existence, substitution"));
}

TEST_F(PackLoader, UnknownKeyInARuleIsRefused) {
    LocatedError e = load_error(std::string(kHeader) +
                                "  - id: test/a\n    kind: existence\n    summary: s\n    message: m\n"
                                "    tokens: [x]\n    swap: {a: b}\n");
    EXPECT_EQ(e.line(), 8u);
    EXPECT_EQ(e.column(), 5u);
    EXPECT_TRUE(Contains(e.message(), "unknown key 'swap'"));
}

TEST_F(PackLoader, TableKindsOfOneTableNeedTheTable) {
    const std::pair<std::string, std::string> kinds[] = {
        {"equation", "    for_each: column\n    equation: a == b\n"},
        {"cell-condition", "    conditions: [{then: a == b}]\n"}};
    for (const auto& [kind, keys] : kinds) {
        LocatedError e = load_error(std::string(kHeader) + "  - id: test/a\n    kind: " + kind +
                                        "\n    summary: s\n    message: m\n" + keys,
                                    kind + ".yaml");
        EXPECT_TRUE(Contains(e.message(), "kind '" + kind + "' needs 'table'")) << kind;
    }
}

TEST_F(PackLoader, UnknownTopLevelKeyIsRefused) {
    LocatedError e = load_error("pack: test\nrulez: []\n");
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.column(), 1u);
    EXPECT_TRUE(Contains(e.message(), "unknown key 'rulez'"));
}

TEST_F(PackLoader, InvalidRegexNamesThePattern) {
    LocatedError e = load_error(std::string(kHeader) +
                                "  - id: test/a\n    kind: existence\n    summary: s\n    message: m\n"
                                "    tokens: ['ok', '截止(日期']\n");
    EXPECT_EQ(e.line(), 7u);
    EXPECT_TRUE(Contains(e.message(), "invalid regular expression"));
    EXPECT_TRUE(Contains(e.message(), "pattern '截止(日期'"));
    EXPECT_FALSE(Contains(e.message(), "(ok)|")) << "names the bad token, not the combined alternation";
    EXPECT_EQ(registry.size(), 0u);
}

TEST_F(PackLoader, InvalidExceptionRegexNamesThePattern) {
    LocatedError e = load_error(std::string(kHeader) +
                                "  - id: test/a\n    kind: existence\n    summary: s\n    message: m\n"
                                "    tokens: ['x']\n    exceptions: ['[unclosed']\n");
    EXPECT_TRUE(Contains(e.message(), "'[unclosed'"));
}

TEST_F(PackLoader, DuplicateRuleIdPointsAtTheSecondDefinition) {
    std::string rule = "  - id: test/same\n    kind: existence\n    summary: s\n    message: m\n    tokens: [x]\n";
    LocatedError e = load_error(std::string(kHeader) + rule + rule);
    EXPECT_EQ(e.line(), 8u);
    EXPECT_TRUE(Contains(e.message(), "test/same"));
}

TEST_F(PackLoader, DuplicateRuleIdAcrossPacks) {
    std::string rule = "  - id: test/same\n    kind: existence\n    summary: s\n    message: m\n    tokens: [x]\n";
    load_pack(tree.write("first.yaml", std::string(kHeader) + rule), registry);
    LocatedError e = load_error("pack: other\nrules:\n" + rule, "second.yaml");
    EXPECT_EQ(e.line(), 3u);
    EXPECT_TRUE(Contains(e.message(), "test/same"));
}

TEST_F(PackLoader, InvalidRuleIdIsRefused) {
    LocatedError e = load_error(std::string(kHeader) +
                                "  - id: Test_A\n    kind: existence\n    summary: s\n    message: m\n    tokens: [x]\n");
    EXPECT_EQ(e.line(), 3u);
    EXPECT_TRUE(Contains(e.message(), "invalid rule id 'Test_A'"));
}

TEST_F(PackLoader, SubstitutionExpandsCaptureGroupsInMessageAndFix) {
    const Rule& rule = load_rule(std::string(kHeader) + R"(  - id: test/deadline
    kind: substitution
    severity: warning
    summary: 截止 → 截至
    message: {zh: "“{match}”应为“{replacement}”", en: "'{match}' should be '{replacement}'"}
    swap:
      '截止(\d{4})年(\d{1,2})月': '截至{1}年{2}月'
      '(政务|政府)公开信息': '{1}信息公开'
)",
                                  "test/deadline");
    EXPECT_TRUE(rule.meta().fixable);
    EXPECT_EQ(rule.meta().default_severity, Severity::Warning);
    std::string text = "截止2020年12月31日，政府公开信息工作。截至2021年1月无误。";
    auto found = run(rule, text);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(matched(text, found[0]), "截止2020年12月");
    ASSERT_TRUE(found[0].fix.has_value());
    EXPECT_EQ(found[0].fix->replacement, "截至2020年12月");
    EXPECT_TRUE(found[0].fix->safe);
    EXPECT_EQ(found[0].message, "“截止2020年12月”应为“截至2020年12月”");
    EXPECT_EQ(matched(text, found[1]), "政府公开信息");
    ASSERT_TRUE(found[1].fix.has_value());
    EXPECT_EQ(found[1].fix->replacement, "政府信息公开");
    EXPECT_EQ(run(rule, text, Language::En)[1].message, "'政府公开信息' should be '政府信息公开'");
}

TEST_F(PackLoader, SubstitutionSkipsTextAlreadyRight) {
    const Rule& rule = load_rule(std::string(kHeader) + R"(  - id: test/case
    kind: substitution
    ignorecase: true
    summary: s
    message: "{match} → {replacement}"
    swap: {'gb(\d+)': 'GB{1}'}
)",
                                  "test/case");
    auto found = run(rule, "GB18030 与 gb2312");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].fix->replacement, "GB2312");
}

TEST_F(PackLoader, ExistenceHonoursExceptions) {
    const Rule& rule = load_rule(std::string(kHeader) + R"(  - id: test/placeholder
    kind: existence
    summary: s
    message: "占位符“{match}”（{1}）"
    tokens: ['\[(image|bookmark):[^\]]*\]']
    exceptions: ['\[image:\s*封面\]']
)",
                                  "test/placeholder");
    EXPECT_FALSE(rule.meta().fixable);
    EXPECT_EQ(rule.meta().default_severity, Severity::Warning);
    std::string text = "[image: 封面]正文[image:图1]以及[bookmark:_GoBack]";
    auto found = run(rule, text);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(matched(text, found[0]), "[image:图1]");
    EXPECT_EQ(found[0].message, "占位符“[image:图1]”（image）");
    EXPECT_FALSE(found[0].fix.has_value());
    EXPECT_EQ(matched(text, found[1]), "[bookmark:_GoBack]");
    EXPECT_EQ(found[1].message, "占位符“[bookmark:_GoBack]”（bookmark）");
}

TEST_F(PackLoader, ExistenceOnTheNormalizedViewReportsTheTextAsWritten) {
    const Rule& rule = load_rule(std::string(kHeader) + R"(  - id: test/old
    kind: existence
    normalized: true
    summary: s
    message: "“{written}”（{match}）"
    tokens: ['收费及减免(情况)']
)",
                                  "test/old");
    std::string text = "一、總體\n(一)政府信息公開(kāi)的收費(fèi)及減免情況。全年收费及减免情况为零。\n";
    auto found = run(rule, text);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(matched(text, found[0]), "收費(fèi)及減免情況");
    EXPECT_EQ(found[0].message, "“收費(fèi)及減免情況”（收费及减免情况）");
    EXPECT_EQ(matched(text, found[1]), "收费及减免情况");
    // Without the key the Traditional text is not matched.
    const Rule& plain = load_rule(std::string(kHeader) + R"(  - id: test/plain
    kind: existence
    summary: s
    message: m
    tokens: ['收费及减免情况']
)",
                                  "test/plain");
    EXPECT_EQ(run(plain, text).size(), 1u);
}

TEST_F(PackLoader, ExistenceReportsOnlyTheGroupNamedAtWithItsContextRequired) {
    const Rule& rule = load_rule(std::string(kHeader) + R"(  - id: test/at
    kind: existence
    summary: s
    message: "缺少数字：{match}"
    tokens: ['[0-9]条、(?<at>[^、0-9]{2,6}条)(?=、)', '申请件']
)",
                                  "test/at");
    std::string text = "教育资助17条、人事信息条、财务3条、统计信息条。收到申请件。";
    auto found = run(rule, text);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(matched(text, found[0]), "人事信息条");
    EXPECT_EQ(found[0].message, "缺少数字：人事信息条");
    EXPECT_EQ(matched(text, found[1]), "申请件");  // a token without the group reports its whole match
}

TEST_F(PackLoader, SubstitutionOnTheNormalizedViewFixesTheDocumentText) {
    const Rule& rule = load_rule(std::string(kHeader) + R"(  - id: test/title
    kind: substitution
    normalized: true
    summary: s
    message: "“{written}”应为“{replacement}”"
    swap: {'政务信息公开条例': '政府信息公开条例'}
)",
                                  "test/title");
    std::string text = "根據《政務信息公開條例》和《政务信息公开条例》";
    auto found = run(rule, text);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(matched(text, found[0]), "政務信息公開條例");
    ASSERT_TRUE(found[0].fix.has_value());
    EXPECT_EQ(found[0].fix->range.begin, found[0].range.begin);
    EXPECT_EQ(found[0].fix->replacement, "政府信息公开条例");
    EXPECT_EQ(found[0].message, "“政務信息公開條例”应为“政府信息公开条例”");
    EXPECT_EQ(matched(text, found[1]), "政务信息公开条例");
}

TEST_F(PackLoader, ExistenceWithReplacementIsFixable) {
    const Rule& rule = load_rule(std::string(kHeader) + R"(  - id: test/debris
    kind: existence
    severity: error
    summary: s
    message: m
    tokens: ['\[image:[^\]]*\]']
    replacement: ''
)",
                                  "test/debris");
    EXPECT_TRUE(rule.meta().fixable);
    auto found = run(rule, "a[image: 1]b");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Error);
    ASSERT_TRUE(found[0].fix.has_value());
    EXPECT_EQ(found[0].fix->replacement, "");
    EXPECT_FALSE(found[0].fix->safe) << "an existence fix is a suggestion unless `safe: true`";
}

TEST_F(PackLoader, DirectoryLoadsYamlFilesInNameOrder) {
    tree.write("rules/b.yaml", "pack: b\nrules:\n  - {id: b/one, kind: existence, summary: s, message: m, tokens: [x]}\n");
    tree.write("rules/a.yaml", "pack: a\nrules:\n  - {id: a/one, kind: existence, summary: s, message: m, tokens: [y]}\n");
    tree.write("rules/notes.txt", "not a pack");
    auto packs = load_pack_directory(tree.path("rules"), registry);
    ASSERT_EQ(packs.size(), 2u);
    EXPECT_EQ(packs[0].name, "a");
    EXPECT_EQ(packs[1].name, "b");
    EXPECT_EQ(registry.size(), 2u);
}

TEST_F(PackLoader, ShippedPacksLoad) {
    auto packs = load_pack_directory(test::source_path("rules"), registry, /*builtin=*/true);
    EXPECT_GE(packs.size(), 2u);
    ASSERT_NE(registry.find("text/artifact"), nullptr);
    ASSERT_NE(registry.find("article/outdated-reference"), nullptr);
    EXPECT_TRUE(registry.find("text/artifact")->meta().builtin);
}

}  // namespace
}  // namespace gklint
