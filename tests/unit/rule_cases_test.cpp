// Data-driven rule tests: one GoogleTest per case of every tests/cases/**/*.yaml,
// named RuleCases/<category>_<rule>.<valid|invalid>_<n>_<case name>; plus tests of
// the harness itself (a broken case file must fail, never pass or be skipped).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "support/builtin_registry.h"
#include "support/rule_cases.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

using test::RuleCase;

std::string cases_dir() { return test::source_path("tests/cases"); }

class RuleCaseTest : public ::testing::Test {
public:
    explicit RuleCaseTest(RuleCase c) : case_(std::move(c)) {}

    void TestBody() override {
        std::string failure = test::run_rule_case(case_, test::builtin_registry(), test::source_path(""));
        if (!failure.empty()) ADD_FAILURE() << "\n" << failure;
    }

private:
    RuleCase case_;
};

// Every case with a text of one case file, linted as a Word document (one paragraph
// per line): the same findings at the same paragraph and column. One test per file.
class RuleCaseFileAsDocxTest : public ::testing::Test {
public:
    explicit RuleCaseFileAsDocxTest(std::vector<RuleCase> cases) : cases_(std::move(cases)) {}

    void TestBody() override {
        for (const auto& c : cases_) {
            std::string failure = test::run_rule_case(c, test::builtin_registry(), test::source_path(""), true);
            if (!failure.empty()) ADD_FAILURE() << "\n(as .docx) " << failure;
        }
    }

private:
    std::vector<RuleCase> cases_;
};

class DiscoveryFailure : public ::testing::Test {
public:
    explicit DiscoveryFailure(std::string message) : message_(std::move(message)) {}
    void TestBody() override { FAIL() << message_; }

private:
    std::string message_;
};

// Runs while the test binary starts, before GoogleTest lists or runs tests.
bool register_rule_case_tests() {
    std::vector<std::string> files = test::find_rule_case_files(cases_dir());
    if (files.empty()) {
        std::string message = "no rule case files (*.yaml) found under " + cases_dir();
        ::testing::RegisterTest("RuleCases", "discovery", nullptr, nullptr, __FILE__, __LINE__,
                                [message]() -> ::testing::Test* { return new DiscoveryFailure(message); });
    }
    for (const auto& file : files) {
        std::vector<RuleCase> with_text;
        for (auto& c : test::load_rule_cases(cases_dir(), file)) {
            std::string suite = "RuleCases/" + test::rule_case_suite_name(c);
            std::string name = test::rule_case_test_name(c);
            ::testing::RegisterTest(suite.c_str(), name.c_str(), nullptr, nullptr, __FILE__, __LINE__,
                                    [c]() -> ::testing::Test* { return new RuleCaseTest(c); });
            if (c.text && c.error.empty()) with_text.push_back(c);
        }
        if (with_text.empty()) continue;
        std::string suite = "RuleCasesDocx/" + test::rule_case_suite_name(with_text.front());
        ::testing::RegisterTest(suite.c_str(), "all_text_cases", nullptr, nullptr, __FILE__, __LINE__,
                                [with_text]() -> ::testing::Test* { return new RuleCaseFileAsDocxTest(with_text); });
    }
    return true;
}

[[maybe_unused]] const bool kRuleCasesRegistered = register_rule_case_tests();

// --- the harness itself ---

std::string run(const std::string& yaml) {
    auto cases = test::parse_rule_cases("harness/check.yaml", yaml);
    EXPECT_EQ(cases.size(), 1u);
    if (cases.empty()) return "no case";
    return test::run_rule_case(cases.front(), test::builtin_registry(), test::source_path(""));
}

::testing::AssertionResult Contains(const std::string& text, const std::string& part) {
    if (text.find(part) != std::string::npos) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "'" << text << "' does not contain '" << part << "'";
}

TEST(RuleCaseHarness, DiscoversCaseFilesRecursively) {
    auto files = test::find_rule_case_files(cases_dir());
    EXPECT_NE(std::find(files.begin(), files.end(), "text/artifact.yaml"), files.end());
    EXPECT_NE(std::find(files.begin(), files.end(), "article/law-title.yaml"), files.end());
}

TEST(RuleCaseHarness, NamesTestsAfterFileKindIndexAndName) {
    auto cases = test::parse_rule_cases("article/wrong-number.yaml", R"(
rule: article/wrong-number
invalid:
  - name: "wrong article number: 第二十六条!"
    text: x
    diagnostics: [{line: 1, column: 1}]
valid:
  - name: 只有中文
    text: x
)");
    ASSERT_EQ(cases.size(), 2u);
    EXPECT_EQ(test::rule_case_suite_name(cases[0]), "article_wrong_number");
    EXPECT_EQ(test::rule_case_test_name(cases[0]), "valid_1");
    EXPECT_EQ(test::rule_case_test_name(cases[1]), "invalid_1_wrong_article_number");
}

TEST(RuleCaseHarness, PassesWhenTheDiagnosticsMatch) {
    EXPECT_EQ(run(R"(
rule: text/artifact
invalid:
  - name: one artifact
    text: "正文\n[image: 图片1]2.及时公开\n"
    diagnostics:
      - {line: 2, column: 1, end_line: 2, end_column: 13, message: "[image: 图片1]", fix: "", safe: false}
)"),
              "");
}

TEST(RuleCaseHarness, MalformedYamlFailsWithItsPosition) {
    std::string failure = run("rule: text/artifact\nvalid:\n  - name: [unclosed\n");
    EXPECT_TRUE(Contains(failure, "tests/cases/harness/check.yaml:"));
    EXPECT_TRUE(Contains(failure, "malformed YAML"));
}

TEST(RuleCaseHarness, UnknownRuleFails) {
    std::string failure = run("rule: text/no-such-rule\nvalid:\n  - {name: a, text: x}\n");
    EXPECT_TRUE(Contains(failure, "unknown rule 'text/no-such-rule'"));
    EXPECT_TRUE(Contains(failure, "text/artifact")) << "should list the known rules";
}

TEST(RuleCaseHarness, CaseWithoutTextOrFileFails) {
    std::string failure = run("rule: text/artifact\nvalid:\n  - name: empty\n");
    EXPECT_TRUE(Contains(failure, "tests/cases/harness/check.yaml:3:5"));
    EXPECT_TRUE(Contains(failure, "exactly one of 'text'"));
}

TEST(RuleCaseHarness, CaseWithBothTextAndFileFails) {
    EXPECT_TRUE(Contains(run("rule: text/artifact\nvalid:\n  - {name: both, text: x, file: README.md}\n"),
                         "exactly one of 'text'"));
}

TEST(RuleCaseHarness, UnknownKeysFailEverywhere) {
    EXPECT_TRUE(Contains(run("rule: text/artifact\ntests: []\nvalid:\n  - {name: a, text: x}\n"),
                         "unknown key 'tests' in a rule case file"));
    EXPECT_TRUE(Contains(run("rule: text/artifact\nvalid:\n  - {name: a, text: x, expect: 1}\n"),
                         "unknown key 'expect' in a valid case"));
    EXPECT_TRUE(Contains(run("rule: text/artifact\nvalid:\n  - {name: a, text: x, diagnostics: []}\n"),
                         "unknown key 'diagnostics' in a valid case"));
    EXPECT_TRUE(Contains(run("rule: text/artifact\ninvalid:\n  - name: a\n    text: x\n    diagnostics:\n"
                             "      - {line: 1, column: 1, col: 2}\n"),
                         "unknown key 'col' in an expected diagnostic"));
}

TEST(RuleCaseHarness, InvalidCaseNeedsDiagnostics) {
    EXPECT_TRUE(Contains(run("rule: text/artifact\ninvalid:\n  - {name: a, text: x}\n"), "non-empty 'diagnostics'"));
}

TEST(RuleCaseHarness, BadValuesFail) {
    EXPECT_TRUE(Contains(run("rule: text/artifact\ninvalid:\n  - name: a\n    text: x\n    diagnostics:\n"
                             "      - {line: 0, column: 1}\n"),
                         "'line' must be a positive integer"));
    EXPECT_TRUE(Contains(run("rule: text/artifact\nvalid:\n  - {name: a, text: x, language: fr}\n"),
                         "unknown language 'fr'"));
    EXPECT_TRUE(Contains(run("rule: text/artifact\nvalid:\n  - {name: a, text: x, options: {format: '2019'}}\n"),
                         "rule text/artifact has no option 'format'"));
    EXPECT_TRUE(Contains(run("rule: text/artifact\nvalid:\n  - {name: a, file: examples/no-such-file.txt}\n"),
                         "cannot read"));
}

TEST(RuleCaseHarness, MissedDiagnosticFailsAndListsActualOnes) {
    std::string failure = run(R"(
rule: text/artifact
valid:
  - name: not clean at all
    text: "正文\n[image: 图片1]2.及时公开\n"
)");
    EXPECT_TRUE(Contains(failure, "expected 0 diagnostic(s), got 1"));
    EXPECT_TRUE(Contains(failure, "2:1-2:13 warning text/artifact"));
    EXPECT_TRUE(Contains(failure, "at \"[image: 图片1]\""));
}

TEST(RuleCaseHarness, EveryMismatchedFieldIsReported) {
    std::string failure = run(R"(
rule: text/artifact
invalid:
  - name: wrong expectations
    text: "正文\n[image: 图片1]2.及时公开\n"
    diagnostics:
      - {line: 1, column: 2, end_line: 3, end_column: 9, message: 书签, fix: none, safe: true}
)");
    EXPECT_TRUE(Contains(failure, "diagnostic 1: line: expected 1, got 2"));
    EXPECT_TRUE(Contains(failure, "diagnostic 1: column: expected 2, got 1"));
    EXPECT_TRUE(Contains(failure, "diagnostic 1: end_line: expected 3, got 2"));
    EXPECT_TRUE(Contains(failure, "diagnostic 1: end_column: expected 9, got 13"));
    EXPECT_TRUE(Contains(failure, "diagnostic 1: message: expected to contain \"书签\""));
    EXPECT_TRUE(Contains(failure, "diagnostic 1: fix: expected none"));
    EXPECT_TRUE(Contains(failure, "diagnostic 1: safe: expected true, got false"));
}

TEST(RuleCaseHarness, ExtraExpectationFails) {
    std::string failure = run(R"(
rule: text/artifact
invalid:
  - name: two expected, one found
    text: "[image: 图片1]"
    diagnostics:
      - {line: 1, column: 1}
      - {line: 1, column: 5}
)");
    EXPECT_TRUE(Contains(failure, "expected 2 diagnostic(s), got 1"));
}

TEST(RuleCaseHarness, CaseOptionsOverrideFileOptions) {
    auto cases = test::parse_rule_cases("a/b.yaml", R"(
rule: article/wrong-number
options: {format: "2019"}
valid:
  - {name: a, text: x, options: {format: "2021"}}
)");
    ASSERT_EQ(cases.size(), 1u);
    ASSERT_EQ(cases[0].options.size(), 2u);
    EXPECT_EQ(cases[0].options[0].value.as<std::string>(), "2019");
    EXPECT_EQ(cases[0].options[1].value.as<std::string>(), "2021");
}

TEST(RuleCaseHarness, EnglishMessagesOnRequest) {
    EXPECT_EQ(run(R"(
rule: text/artifact
invalid:
  - name: english
    language: en
    text: "[bookmark: _GoBack]"
    diagnostics: [{line: 1, column: 1, message: "export debris '[bookmark: _GoBack]'"}]
)"),
              "");
}

}  // namespace
}  // namespace gklint
