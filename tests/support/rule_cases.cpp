#include "support/rule_cases.h"

#include "app/input_reading.h"
#include "read/reader.h"
#include "support/docx_writer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/document.h"
#include "core/options.h"
#include "core/runner.h"
#include "model/analysis.h"
#include "support/builtin_registry.h"
#include "yaml/yaml_util.h"

namespace gklint::test {
namespace {

namespace fs = std::filesystem;

constexpr const char* kCasesDir = "tests/cases/";

std::string location(const std::string& file, const YAML::Node& node) {
    YAML::Mark mark = node.Mark();
    if (mark.is_null()) return file;
    return fmt::format("{}:{}:{}", file, mark.line + 1, mark.column + 1);
}

std::size_t positive_integer(const YamlFile& file, const YAML::Node& node, std::string_view what) {
    long long value = 0;
    if (!node.IsScalar() || !YAML::convert<long long>::decode(node, value) || value < 1)
        file.fail(node, fmt::format("'{}' must be a positive integer", what));
    return static_cast<std::size_t>(value);
}

ExpectedDiagnostic parse_expected(const YamlFile& file, const YAML::Node& node) {
    file.check_keys(node, {"line", "column", "end_line", "end_column", "message", "fix", "safe"},
                    "an expected diagnostic");
    if (!node["line"] || !node["column"]) file.fail(node, "an expected diagnostic needs 'line' and 'column'");
    ExpectedDiagnostic e;
    e.where = location(file.path(), node);
    e.line = positive_integer(file, node["line"], "line");
    e.column = positive_integer(file, node["column"], "column");
    if (node["end_line"]) e.end_line = positive_integer(file, node["end_line"], "end_line");
    if (node["end_column"]) e.end_column = positive_integer(file, node["end_column"], "end_column");
    if (node["message"]) e.message = file.scalar(node["message"], "message");
    if (const YAML::Node fix = node["fix"]) {
        if (fix.IsNull()) file.fail(fix, "'fix' must be the replacement text ('' to delete) or `none`");
        std::string replacement = file.scalar(fix, "fix");
        if (replacement == "none")
            e.expect_no_fix = true;
        else
            e.fix = std::move(replacement);
    }
    if (node["safe"]) e.safe = file.boolean(node["safe"], "safe");
    return e;
}

std::vector<OptionSetting> parse_options(const YamlFile& file, const YAML::Node& node) {
    file.require_map(node, "'options'");
    std::vector<OptionSetting> out;
    for (const auto& entry : node)
        out.push_back({file.scalar(entry.first, "an option name"), entry.second, location(file.path(), entry.first)});
    return out;
}

void parse_case_body(const YamlFile& file, const YAML::Node& node, RuleCase& c) {
    if (c.valid)
        file.check_keys(node, {"name", "text", "file", "previous", "options", "language"}, "a valid case");
    else
        file.check_keys(node, {"name", "text", "file", "previous", "options", "language", "diagnostics"},
                        "an invalid case");
    if (!node["name"]) file.fail(node, "a case needs a 'name'");
    c.name = file.scalar(node["name"], "name");
    if (node["text"]) c.text = file.scalar(node["text"], "text");
    if (node["file"]) c.file = file.scalar(node["file"], "file");
    if (node["previous"]) c.previous = file.scalar(node["previous"], "previous");
    if (c.text.has_value() == c.file.has_value())
        file.fail(node, "a case needs exactly one of 'text' (the input itself) and 'file' (a path from the repository root)");
    if (node["options"]) {
        auto own = parse_options(file, node["options"]);
        c.options.insert(c.options.end(), own.begin(), own.end());
    }
    if (node["language"]) {
        std::string code = file.scalar(node["language"], "language");
        auto language = parse_language(code);
        if (!language) file.fail(node["language"], fmt::format("unknown language '{}' (zh or en)", code));
        c.language = *language;
    }
    if (c.valid) return;
    const YAML::Node& diagnostics = node["diagnostics"];
    if (!diagnostics || !diagnostics.IsSequence() || diagnostics.size() == 0)
        file.fail(node, "an invalid case needs a non-empty 'diagnostics' list (a clean text belongs under 'valid')");
    for (const auto& d : diagnostics) c.expected.push_back(parse_expected(file, d));
}

RuleCase parse_case(const YamlFile& file, const YAML::Node& node, const RuleCase& shared, bool valid,
                    std::size_t index) {
    RuleCase c = shared;
    c.valid = valid;
    c.index = index;
    c.where = location(file.path(), node);
    try {
        file.require_map(node, "a case");
        parse_case_body(file, node, c);
    } catch (const LocatedError& e) {
        c.error = e.what();
    }
    return c;
}

std::vector<RuleCase> parse_file(const std::string& case_file, const std::string& yaml_text) {
    YamlFile file = YamlFile::parse(kCasesDir + case_file, yaml_text);
    const YAML::Node& root = file.root();
    if (!root.IsMap()) file.fail(root, "a rule case file must be a mapping with 'rule', 'valid' and 'invalid'");
    file.check_keys(root, {"rule", "options", "valid", "invalid"}, "a rule case file");
    if (!root["rule"]) file.fail(root, "a rule case file needs 'rule: <rule id>'");
    RuleCase shared;
    shared.case_file = case_file;
    shared.rule_id = file.scalar(root["rule"], "rule");
    if (root["options"]) shared.options = parse_options(file, root["options"]);

    std::vector<RuleCase> cases;
    for (bool valid : {true, false}) {
        const char* key = valid ? "valid" : "invalid";
        const YAML::Node& list = root[key];
        if (!list) continue;
        if (!list.IsSequence()) file.fail(list, fmt::format("'{}' must be a list of cases", key));
        std::size_t index = 0;
        for (const auto& node : list) cases.push_back(parse_case(file, node, shared, valid, ++index));
    }
    if (cases.empty()) file.fail(root, "a rule case file needs at least one case under 'valid' or 'invalid'");
    return cases;
}

// A report of one diagnostic, for failure messages.
struct ActualDiagnostic {
    Position begin, end;
    const Diagnostic* diagnostic;
};

std::string quoted(std::string_view text, std::size_t max_code_points = 48) {
    std::size_t cut = 0, count = 0;
    while (cut < text.size() && count < max_code_points) {
        ++cut;
        while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
        ++count;
    }
    std::string out = "\"" + std::string(text.substr(0, cut)) + (cut < text.size() ? "…\"" : "\"");
    std::size_t at = 0;
    while ((at = out.find('\n', at)) != std::string::npos) out.replace(at, 1, "\\n");
    return out;
}

std::string describe(const ExpectedDiagnostic& e) {
    std::string out = fmt::format("{}:{}", e.line, e.column);
    if (e.end_line || e.end_column)
        out += fmt::format("-{}:{}", e.end_line ? std::to_string(*e.end_line) : "?",
                           e.end_column ? std::to_string(*e.end_column) : "?");
    if (e.message) out += " message contains " + quoted(*e.message, 200);
    if (e.expect_no_fix) out += " no fix";
    if (e.fix) out += " fix " + quoted(*e.fix, 200);
    if (e.safe) out += *e.safe ? " (safe)" : " (suggestion)";
    return out + "   [" + e.where + "]";
}

std::string describe(const ActualDiagnostic& a, std::string_view text) {
    const Diagnostic& d = *a.diagnostic;
    std::string out = fmt::format("{}:{}-{}:{} {} {}: {}", a.begin.line, a.begin.column, a.end.line, a.end.column,
                                  severity_name(d.severity), d.rule_id, d.message);
    if (d.fix)
        out += " fix " + quoted(d.fix->replacement, 200) + (d.fix->safe ? " (safe)" : " (suggestion)");
    else
        out += " no fix";
    std::size_t end = std::min(d.range.end, text.size());
    std::size_t begin = std::min(d.range.begin, end);
    return out + "\n       at " + quoted(text.substr(begin, end - begin));
}

// What differs between an expectation and a diagnostic; empty when they agree.
std::vector<std::string> differences(const ExpectedDiagnostic& e, const ActualDiagnostic& a) {
    std::vector<std::string> out;
    auto check = [&](std::string_view what, std::size_t expected, std::size_t actual) {
        if (expected != actual) out.push_back(fmt::format("{}: expected {}, got {}", what, expected, actual));
    };
    check("line", e.line, a.begin.line);
    check("column", e.column, a.begin.column);
    if (e.end_line) check("end_line", *e.end_line, a.end.line);
    if (e.end_column) check("end_column", *e.end_column, a.end.column);
    const Diagnostic& d = *a.diagnostic;
    if (e.message && d.message.find(*e.message) == std::string::npos)
        out.push_back(fmt::format("message: expected to contain {}, got {}", quoted(*e.message, 200),
                                  quoted(d.message, 200)));
    if (e.expect_no_fix && d.fix)
        out.push_back("fix: expected none, got " + quoted(d.fix->replacement, 200));
    if (e.fix && !d.fix) out.push_back("fix: expected " + quoted(*e.fix, 200) + ", got none");
    if (e.fix && d.fix && *e.fix != d.fix->replacement)
        out.push_back(fmt::format("fix: expected {}, got {}", quoted(*e.fix, 200), quoted(d.fix->replacement, 200)));
    if (e.safe && !d.fix) out.push_back(fmt::format("safe: expected {}, but there is no fix", *e.safe));
    if (e.safe && d.fix && *e.safe != d.fix->safe)
        out.push_back(fmt::format("safe: expected {}, got {}", *e.safe, d.fix->safe));
    return out;
}

std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The rule's defaults overridden by the case's options, each checked against its OptionSpec.
OptionMap effective_options(const RuleCase& c, const RuleMeta& meta) {
    OptionMap values = default_options(meta.options);
    for (const auto& setting : c.options) {
        auto spec = std::find_if(meta.options.begin(), meta.options.end(),
                                 [&](const OptionSpec& s) { return s.name == setting.name; });
        if (spec == meta.options.end()) {
            std::vector<std::string> names;
            for (const auto& s : meta.options) names.push_back(s.name);
            throw std::runtime_error(fmt::format("{}: rule {} has no option '{}' ({})", setting.where, meta.id,
                                                 setting.name,
                                                 names.empty() ? "it has no options"
                                                               : fmt::format("its options: {}", fmt::join(names, ", "))));
        }
        try {
            values[setting.name] = parse_option_value(*spec, setting.value);
        } catch (const OptionError& e) {
            throw std::runtime_error(fmt::format("{}: {}", setting.where, e.what()));
        }
    }
    return values;
}

std::string compare(const RuleCase& c, const Document& doc, const std::vector<Diagnostic>& found) {
    std::vector<ActualDiagnostic> actual;
    for (const auto& d : found)
        actual.push_back({doc.position(d.range.begin, ColumnUnit::CodePoint),
                          doc.position(d.range.end, ColumnUnit::CodePoint), &d});

    std::vector<std::string> problems;
    if (c.expected.size() != actual.size())
        problems.push_back(fmt::format("expected {} diagnostic(s), got {}", c.expected.size(), actual.size()));
    for (std::size_t i = 0; i < std::min(c.expected.size(), actual.size()); ++i)
        for (const auto& diff : differences(c.expected[i], actual[i]))
            problems.push_back(fmt::format("diagnostic {}: {}", i + 1, diff));
    if (problems.empty()) return {};

    std::string out = fmt::format("{}: {} case {} \"{}\" of rule {} on {}\n", c.where, c.valid ? "valid" : "invalid",
                                  c.index, c.name, c.rule_id, c.file ? *c.file : std::string("its text"));
    out += fmt::format("expected {} diagnostic(s):\n", c.expected.size());
    for (std::size_t i = 0; i < c.expected.size(); ++i) out += fmt::format("  {}. {}\n", i + 1, describe(c.expected[i]));
    out += fmt::format("actual {} diagnostic(s) (line:column, code points, 1-based):\n", actual.size());
    for (std::size_t i = 0; i < actual.size(); ++i)
        out += fmt::format("  {}. {}\n", i + 1, describe(actual[i], doc.text()));
    out += "differences:\n";
    for (const auto& p : problems) out += "  - " + p + "\n";
    return out;
}

}  // namespace

std::vector<std::string> find_rule_case_files(const std::string& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (it->is_regular_file() && it->path().extension() == ".yaml")
            out.push_back(fs::relative(it->path(), dir).generic_string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<RuleCase> parse_rule_cases(const std::string& case_file, const std::string& yaml_text) {
    try {
        return parse_file(case_file, yaml_text);
    } catch (const LocatedError& e) {
        RuleCase broken;
        broken.case_file = case_file;
        broken.where = kCasesDir + case_file;
        broken.error = e.what();
        return {broken};
    }
}

std::vector<RuleCase> load_rule_cases(const std::string& cases_dir, const std::string& case_file) {
    try {
        return parse_rule_cases(case_file, read_bytes(cases_dir + "/" + case_file));
    } catch (const std::runtime_error& e) {
        RuleCase broken;
        broken.case_file = case_file;
        broken.where = kCasesDir + case_file;
        broken.error = e.what();
        return {broken};
    }
}

std::string sanitize_test_name(const std::string& raw) {
    std::string out;
    for (char ch : raw) {
        bool keep = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
        if (keep)
            out += ch;
        else if (!out.empty() && out.back() != '_')
            out += '_';
    }
    while (!out.empty() && out.back() == '_') out.pop_back();
    return out;
}

std::string rule_case_suite_name(const RuleCase& c) {
    return sanitize_test_name(fs::path(c.case_file).replace_extension().generic_string());
}

std::string rule_case_test_name(const RuleCase& c) {
    if (c.index == 0) return "load";
    std::string name = fmt::format("{}_{}", c.valid ? "valid" : "invalid", c.index);
    std::string words = sanitize_test_name(c.name);
    return words.empty() ? name : name + "_" + words;
}

std::string run_rule_case(const RuleCase& c, const RuleRegistry& registry, const std::string& repo_root,
                          bool as_docx) {
    if (!c.error.empty()) return c.error;
    const Rule* rule = registry.find(c.rule_id);
    if (!rule) {
        std::vector<std::string> known;
        for (const Rule* r : registry.all()) known.push_back(r->meta().id);
        return fmt::format("{}: unknown rule '{}' (known rules: {})", c.where, c.rule_id, fmt::join(known, ", "));
    }
    try {
        OptionMap options = effective_options(c, rule->meta());
        auto read_file = [&](const std::string& path) {
            // A file is read with the reader of its format (HTML, DOCX, PDF …), as gklint reads it.
            std::string bytes = read_bytes(repo_root + "/" + path);
            ReadResult result = read_input(path, bytes, reader_options(LintOptions{}, &builtin_templates()));
            return Document(path, std::move(bytes), std::move(result));
        };
        auto read = [&]() -> Document {
            if (as_docx && c.text) {
                std::string bytes = docx_from_text(*c.text);
                ReadResult result = read_docx(bytes, ReadOptions{});
                return Document(c.where + ".docx", std::move(bytes), std::move(result));
            }
            if (c.text) return Document(c.where, *c.text);
            return read_file(*c.file);
        };
        Document doc = read();
        std::optional<Document> last_doc;
        std::optional<Analysis> last;
        if (c.previous) last.emplace(last_doc.emplace(read_file(*c.previous)), &builtin_templates());
        Analysis analysis(doc, &builtin_templates());
        if (last) analysis.set_previous(&*last);
        std::vector<Diagnostic> found =
            run_rules(analysis, {EnabledRule{rule, rule->meta().default_severity, std::move(options)}}, c.language);
        // A rule that throws shows up as internal/rule-failure: keep it, so it fails the case.
        std::erase_if(found, [&](const Diagnostic& d) {
            return d.rule_id != c.rule_id && !d.rule_id.starts_with("internal/");
        });
        return compare(c, doc, found);
    } catch (const std::exception& e) {
        return fmt::format("{}: {} case {} \"{}\": {}", c.where, c.valid ? "valid" : "invalid", c.index, c.name,
                           e.what());
    }
}

}  // namespace gklint::test
