#pragma once
// Data-driven rule tests (like ESLint's RuleTester): tests/cases/<category>/<name>.yaml
// name one rule and list texts it must accept (`valid`) and texts on which it must
// report exactly the listed diagnostics (`invalid`). The format is described in
// tests/cases/README.md.
#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/language.h"
#include "core/registry.h"

namespace gklint::test {

// One expected diagnostic; `where` is "case-file:line:col" of its YAML entry.
struct ExpectedDiagnostic {
    std::size_t line = 0;    // 1-based
    std::size_t column = 0;  // 1-based, code points
    std::optional<std::size_t> end_line;
    std::optional<std::size_t> end_column;  // exclusive
    std::optional<std::string> message;     // substring of the message
    bool expect_no_fix = false;             // `fix: none`
    std::optional<std::string> fix;         // the fix's replacement text
    std::optional<bool> safe;
    std::string where;
};

// An option a case file sets; the value is checked against the rule's OptionSpec
// only when the case runs, because the rule is not known while parsing.
struct OptionSetting {
    std::string name;
    YAML::Node value;
    std::string where;
};

struct RuleCase {
    std::string case_file;  // path of the case file, relative to tests/cases
    std::string rule_id;
    bool valid = true;
    std::size_t index = 0;  // 1-based within its list
    std::string name;
    std::string where;  // "case-file:line:col" of the case
    std::optional<std::string> text;
    std::optional<std::string> file;     // relative to the repository root
    std::optional<std::string> previous;  // last year's report (a file), for the cross-year rules
    std::vector<OptionSetting> options;  // file-level first, then the case's own: later ones win
    Language language = Language::Zh;
    std::vector<ExpectedDiagnostic> expected;
    // Non-empty when the case (or its whole file) is malformed: running it fails with this.
    std::string error;
};

// Every *.yaml below `dir`, recursively, as sorted paths relative to `dir`.
std::vector<std::string> find_rule_case_files(const std::string& dir);

// Parses one case file. Never throws: a malformed file yields a single case whose
// `error` says what is wrong (with file:line:col), a malformed case carries its own.
std::vector<RuleCase> parse_rule_cases(const std::string& case_file, const std::string& yaml_text);
std::vector<RuleCase> load_rule_cases(const std::string& cases_dir, const std::string& case_file);

// "text/artifact.yaml" + case 2 of invalid "wrong article number" →
// {"text_artifact", "invalid_2_wrong_article_number"}; only [A-Za-z0-9_].
std::string rule_case_suite_name(const RuleCase& c);
std::string rule_case_test_name(const RuleCase& c);
std::string sanitize_test_name(const std::string& raw);

// Runs the case's rule alone, at its default severity, with its default options
// overridden by the case's, on the case's text or file (relative to `repo_root`).
// Returns an empty string when the diagnostics are as expected, else a readable
// report with the expected and the actual diagnostics.
// With `as_docx`, a case's text is linted as a Word document made of it, one paragraph
// per line (docx_writer.h): the expected lines are then paragraph numbers.
std::string run_rule_case(const RuleCase& c, const RuleRegistry& registry, const std::string& repo_root,
                          bool as_docx = false);

}  // namespace gklint::test
