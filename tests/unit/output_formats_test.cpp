// The machine-readable formats beyond json: SARIF, reviewdog rdjson/rdjsonl, JSON Lines,
// checkstyle and JUnit XML. Checks what their consumers rely on: column units after
// astral characters, GB18030 byte offsets, schema conformance, well-formed XML from
// hostile text. (tests/scripts/sarif_validate.sh runs Microsoft's SARIF validator.)
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "core/document.h"
#include "output/artifact_uri.h"
#include "output/formatter.h"
#include "output/xml_text.h"
#include "support/encode.h"
#include "support/json_schema.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

using nlohmann::json;

TextRange find(const Document& doc, std::string_view needle) {
    std::size_t at = doc.text().find(needle);
    if (at == std::string_view::npos) throw std::runtime_error("test text lacks " + std::string(needle));
    return TextRange{at, at + needle.size()};
}

struct LintRun {
    std::vector<Document> documents;
    std::vector<std::vector<Diagnostic>> diagnostics;
    RunSummary summary;
};

std::string render(std::string_view format, const LintRun& run, ColumnUnit unit = ColumnUnit::CodePoint,
                   Language language = Language::Zh, DocLinks links = DocLinks::installed(test::source_path("docs"))) {
    OutputOptions options;
    options.column_unit = unit;
    options.language = language;
    options.doc_links = std::move(links);
    auto formatter = make_formatter(format, options);
    if (!formatter) throw std::runtime_error("no formatter " + std::string(format));
    std::ostringstream out;
    formatter->begin(out);
    for (std::size_t i = 0; i < run.documents.size(); ++i)
        formatter->file(out, FileResult{run.documents[i], run.diagnostics[i]});
    formatter->end(out, run.summary);
    return out.str();
}

// "𠀀😀依据第二十六条" on line 2: 第 is code point 5, UTF-16 unit 7, UTF-8 byte 15.
LintRun astral_run() {
    LintRun run;
    run.documents.emplace_back("reports/年报.txt", "一、总体情况\n𠀀😀依据第二十六条规定\n");
    const Document& doc = run.documents.back();
    Diagnostic d;
    d.rule_id = "article/wrong-number";
    d.range = find(doc, "第二十六条");
    d.message = "条款号错误";
    d.notes.push_back(Note{find(doc, "一、总体情况"), "注"});
    d.fix = Fix{d.range, "第二十条", true};
    d.fingerprint = "0123456789abcdef";
    run.diagnostics.push_back({d});
    run.summary = RunSummary{1, 1, 0, 0, 1, 0};
    return run;
}

LintRun gb18030_run() {
    LintRun run;
    run.documents.emplace_back("legacy/gbk.txt", test::encode_as("𠀀😀依据第二十六条\r\n", "GB18030"), "GB18030");
    const Document& doc = run.documents.back();
    Diagnostic d;
    d.rule_id = "article/wrong-number";
    d.range = find(doc, "第二十六条");
    d.message = "条款号错误";
    d.fix = Fix{d.range, "第二十条", true};
    run.diagnostics.push_back({d});
    run.summary = RunSummary{1, 1, 0, 0, 1, 0};
    return run;
}

// ---- SARIF ----

TEST(SarifOutput, ColumnKindFollowsTheColumnUnit) {
    LintRun run = astral_run();
    auto region = [](const json& log) {
        return log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
    };
    json cp = json::parse(render("sarif", run));
    EXPECT_EQ(cp["runs"][0]["columnKind"], "unicodeCodePoints");
    EXPECT_EQ(region(cp)["startLine"], 2);
    EXPECT_EQ(region(cp)["startColumn"], 5);
    EXPECT_EQ(region(cp)["endColumn"], 10);
    json utf16 = json::parse(render("sarif", run, ColumnUnit::Utf16));
    EXPECT_EQ(utf16["runs"][0]["columnKind"], "utf16CodeUnits");
    EXPECT_EQ(region(utf16)["startColumn"], 7);
    EXPECT_EQ(region(utf16)["endColumn"], 12);
    // SARIF has no byte or display column kind: those fall back to code points.
    for (ColumnUnit unit : {ColumnUnit::Byte, ColumnUnit::Display}) {
        json log = json::parse(render("sarif", run, unit));
        EXPECT_EQ(log["runs"][0]["columnKind"], "unicodeCodePoints");
        EXPECT_EQ(region(log)["startColumn"], 5);
    }
}

TEST(SarifOutput, ResultsCarryRulesNotesFixesAndFingerprints) {
    json log = json::parse(render("sarif", astral_run()));
    EXPECT_EQ(log["version"], "2.1.0");
    const json& run = log["runs"][0];
    const json& driver = run["tool"]["driver"];
    EXPECT_EQ(driver["name"], "gklint");
    EXPECT_EQ(driver["version"], GKLINT_VERSION);
    const json& result = run["results"][0];
    const json& rule = driver["rules"][result["ruleIndex"].get<std::size_t>()];
    EXPECT_EQ(rule["id"], result["ruleId"]);
    std::string page = std::filesystem::canonical(test::source_path("docs/rules/article/wrong-number.md")).string();
    EXPECT_EQ(rule["helpUri"], "file://" + page);
    EXPECT_EQ(driver["informationUri"],
              "file://" + std::filesystem::canonical(test::source_path("docs/README.md")).string());
    EXPECT_EQ(result["level"], "error");
    EXPECT_EQ(result["partialFingerprints"]["gklint/v1"], "0123456789abcdef");
    EXPECT_EQ(result["locations"][0]["physicalLocation"]["region"]["snippet"]["text"], "第二十六条");
    EXPECT_EQ(result["relatedLocations"][0]["message"]["text"], "注");
    EXPECT_EQ(result["relatedLocations"][0]["physicalLocation"]["region"]["startLine"], 1);
    const json& replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0];
    EXPECT_EQ(replacement["insertedContent"]["text"], "第二十条");
    EXPECT_EQ(replacement["deletedRegion"]["startColumn"], 5);
    const json& location = result["locations"][0]["physicalLocation"]["artifactLocation"];
    EXPECT_EQ(location["uri"], "reports/%E5%B9%B4%E6%8A%A5.txt");
    EXPECT_EQ(location["uriBaseId"], "%SRCROOT%");
    EXPECT_EQ(run["artifacts"][location["index"].get<std::size_t>()]["encoding"], "UTF-8");
    EXPECT_EQ(run["invocations"][0]["executionSuccessful"], true);
}

TEST(SarifOutput, Gb18030ArtifactsKeepTheirEncodingAndByteOffsets) {
    LintRun run = gb18030_run();
    json log = json::parse(render("sarif", run));
    EXPECT_EQ(log["runs"][0]["artifacts"][0]["encoding"], "GB18030");
    EXPECT_EQ(log["runs"][0]["artifacts"][0]["length"], run.documents[0].original_bytes().size());
    const json& region = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
    EXPECT_EQ(region["startColumn"], 5);
    // 𠀀 and 😀 are 4 bytes each in GB18030, 依 and 据 two: 第 starts at byte 12 and 第二十六条 takes 10.
    EXPECT_EQ(region["byteOffset"], 12);
    EXPECT_EQ(region["byteLength"], 10);
}

TEST(SarifOutput, FailedFilesMakeTheInvocationUnsuccessful) {
    LintRun run = astral_run();
    run.summary.failed_files = 1;
    EXPECT_EQ(json::parse(render("sarif", run))["runs"][0]["invocations"][0]["executionSuccessful"], false);
}

TEST(SarifOutput, PathsBecomeUriReferences) {
    EXPECT_EQ(artifact_uri("./a b/年.txt").uri, "a%20b/%E5%B9%B4.txt");
    EXPECT_TRUE(artifact_uri("a.txt").relative);
    ArtifactUri absolute = artifact_uri("/srv/r#1.txt");
    EXPECT_EQ(absolute.uri, "file:///srv/r%231.txt");
    EXPECT_FALSE(absolute.relative);
    EXPECT_EQ(artifact_uri("<stdin>").uri, "%3Cstdin%3E");
}

// ---- reviewdog ----

test::SchemaChecker reviewdog_checker() {
    return test::SchemaChecker(json::parse(test::read_file(test::source_path("tests/schemas/reviewdog/DiagnosticResult.json"))));
}

// One rdjsonl line is a reviewdog.rdf.Diagnostic: check it against that definition.
std::vector<std::string> diagnostic_errors(const json& line) {
    json schema = json::parse(test::read_file(test::source_path("tests/schemas/reviewdog/DiagnosticResult.json")));
    schema["$ref"] = "#/definitions/reviewdog.rdf.Diagnostic";
    return test::SchemaChecker(schema).errors_in(line);
}

TEST(ReviewdogOutput, ColumnsAreUtf8BytesWhateverTheColumnUnit) {
    for (ColumnUnit unit : {ColumnUnit::CodePoint, ColumnUnit::Utf16, ColumnUnit::Display}) {
        json result = json::parse(render("rdjson", astral_run(), unit));
        const json& d = result["diagnostics"][0];
        EXPECT_EQ(d["location"]["range"]["start"], (json{{"line", 2}, {"column", 15}}));
        EXPECT_EQ(d["location"]["range"]["end"], (json{{"line", 2}, {"column", 30}}));
        EXPECT_EQ(d["suggestions"][0]["range"]["start"]["column"], 15);
        EXPECT_EQ(d["suggestions"][0]["text"], "第二十条");
        EXPECT_EQ(d["related_locations"][0]["location"]["range"]["start"], (json{{"line", 1}, {"column", 1}}));
        EXPECT_EQ(d["severity"], "ERROR");
        EXPECT_EQ(d["code"]["value"], "article/wrong-number");
        EXPECT_EQ(result["source"]["name"], "gklint");
    }
    json gb = json::parse(render("rdjsonl", gb18030_run()));
    EXPECT_EQ(gb["location"]["range"]["start"]["column"], 15);  // bytes of the UTF-8 text, not of GB18030
    EXPECT_EQ(gb["source"]["name"], "gklint");
}

TEST(ReviewdogOutput, FreshOutputMatchesReviewdogsSchema) {
    EXPECT_EQ(reviewdog_checker().errors_in(json::parse(render("rdjson", astral_run()))), std::vector<std::string>{});
    std::istringstream lines(render("rdjsonl", astral_run()));
    for (std::string line; std::getline(lines, line);) EXPECT_EQ(diagnostic_errors(json::parse(line)), std::vector<std::string>{});
}

TEST(ReviewdogOutput, EverySnapshotMatchesReviewdogsSchema) {
    std::size_t checked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(test::source_path("tests/snapshots/rdjson"))) {
        EXPECT_EQ(reviewdog_checker().errors_in(json::parse(test::read_file(entry.path().string()))), std::vector<std::string>{})
            << entry.path();
        ++checked;
    }
    for (const auto& entry : std::filesystem::directory_iterator(test::source_path("tests/snapshots/rdjsonl"))) {
        std::istringstream lines(test::read_file(entry.path().string()));
        for (std::string line; std::getline(lines, line);) {
            EXPECT_EQ(diagnostic_errors(json::parse(line)), std::vector<std::string>{}) << entry.path();
            ++checked;
        }
    }
    EXPECT_GE(checked, 8u);
}

TEST(ReviewdogOutput, TheCheckerRejectsWrongTypes) {
    json result = json::parse(render("rdjson", astral_run()));
    result["diagnostics"][0]["location"]["range"]["start"]["column"] = "15";
    result["diagnostics"][0]["severity"] = "FATAL";
    EXPECT_EQ(reviewdog_checker().errors_in(result).size(), 2u);
}

// ---- JSON Lines ----

TEST(JsonLinesOutput, EachLineIsAJsonDiagnosticWithItsPath) {
    LintRun run = astral_run();
    json whole = json::parse(render("json", run, ColumnUnit::Utf16));
    std::istringstream lines(render("jsonl", run, ColumnUnit::Utf16));
    std::size_t count = 0;
    for (std::string line; std::getline(lines, line); ++count) {
        json d = json::parse(line);
        EXPECT_EQ(d["path"], "reports/年报.txt");
        d.erase("path");
        EXPECT_EQ(d, whole["files"][0]["diagnostics"][count]);
    }
    EXPECT_EQ(count, 1u);
}

// ---- XML ----

pugi::xml_document parse_xml(const std::string& text) {
    pugi::xml_document doc;
    pugi::xml_parse_result parsed = doc.load_string(text.c_str());
    EXPECT_TRUE(parsed) << parsed.description() << " at " << parsed.offset << " in\n" << text;
    return doc;
}

TEST(XmlText, KeepsWhatXmlAllowsAndReplacesTheRest) {
    EXPECT_EQ(xml_text("甲\t\n\r𠀀 <&>\""), "甲\t\n\r𠀀 <&>\"");
    EXPECT_EQ(xml_text(std::string("a\0b\x01\x0C", 5)), "a\uFFFDb\uFFFD\uFFFD");
    EXPECT_EQ(xml_text("\xFF\xC0x\xEF\xBF\xBE"), "\uFFFD\uFFFDx\uFFFD");
}

// Markup characters, control characters and broken UTF-8 from a plugin's message.
LintRun hostile_run() {
    LintRun run;
    run.documents.emplace_back("a&b<c>.txt", "甲\f乙\n");
    Diagnostic d;
    d.rule_id = "text/control-char";
    d.range = find(run.documents.back(), "\f");
    d.message = std::string("<b>\"x\" & 'y'</b>\f\x01 \xFF\n第二行");
    d.notes.push_back(Note{TextRange{0, 3}, "]]> \x02"});
    run.diagnostics.push_back({d});
    run.summary = RunSummary{1, 1, 0, 0, 0, 0};
    return run;
}

TEST(CheckstyleOutput, WellFormedFromHostileText) {
    pugi::xml_document doc = parse_xml(render("checkstyle", hostile_run()));
    pugi::xml_node file = doc.child("checkstyle").child("file");
    EXPECT_STREQ(file.attribute("name").value(), "a&b<c>.txt");
    pugi::xml_node error = file.child("error");
    EXPECT_EQ(error.attribute("line").as_int(), 1);
    EXPECT_EQ(error.attribute("column").as_int(), 2);
    EXPECT_STREQ(error.attribute("severity").value(), "error");
    EXPECT_STREQ(error.attribute("source").value(), "text/control-char");
    EXPECT_STREQ(error.attribute("message").value(), "<b>\"x\" & 'y'</b>\uFFFD\uFFFD \uFFFD 第二行 [note 1:1: ]]> \uFFFD]");
}

TEST(JunitOutput, OneFailingTestcasePerDiagnosticAndAPassingOneForACleanFile) {
    LintRun run = hostile_run();
    run.documents.emplace_back("clean.txt", "一、总体情况\n");
    run.diagnostics.emplace_back();
    run.summary.files = 2;
    pugi::xml_document doc = parse_xml(render("junit", run));
    pugi::xml_node suites = doc.child("testsuites");
    EXPECT_EQ(suites.attribute("tests").as_int(), 2);
    EXPECT_EQ(suites.attribute("failures").as_int(), 1);
    pugi::xml_node dirty = suites.child("testsuite");
    EXPECT_STREQ(dirty.attribute("name").value(), "a&b<c>.txt");
    pugi::xml_node failure = dirty.child("testcase").child("failure");
    EXPECT_STREQ(failure.attribute("type").value(), "error");
    EXPECT_NE(std::string(failure.child_value()).find("a&b<c>.txt:1:2: error: <b>"), std::string::npos);
    pugi::xml_node clean = dirty.next_sibling("testsuite");
    EXPECT_STREQ(clean.attribute("name").value(), "clean.txt");
    EXPECT_EQ(clean.attribute("failures").as_int(), 0);
    EXPECT_TRUE(clean.child("testcase"));
    EXPECT_FALSE(clean.child("testcase").child("failure"));
}

TEST(XmlOutput, EverySnapshotIsWellFormed) {
    std::size_t checked = 0;
    for (std::string format : {"checkstyle", "junit"}) {
        for (const auto& entry : std::filesystem::directory_iterator(test::source_path("tests/snapshots/" + format))) {
            SCOPED_TRACE(entry.path().string());
            parse_xml(test::read_file(entry.path().string()));
            ++checked;
        }
    }
    EXPECT_GE(checked, 10u);
}

}  // namespace
}  // namespace gklint

namespace gklint {
namespace {

// The installed pages by default: only pages that exist are linked, so a third-party
// rule without a page gets no helpUri; a docs-url gives web links for every rule.
TEST(DocLinks, InstalledPagesOnlyWhenTheyExist) {
    DocLinks links = DocLinks::installed(test::source_path("docs"));
    ASSERT_TRUE(links.rule_page("text/artifact"));
    EXPECT_TRUE(links.rule_page("text/artifact")->starts_with("file:///"));
    EXPECT_TRUE(std::filesystem::is_regular_file(
        std::filesystem::path(links.rule_page("text/artifact")->substr(7))));
    EXPECT_FALSE(links.rule_page("acme/no-such-rule"));
    EXPECT_FALSE(DocLinks::installed("/nonexistent/docs").home());
    EXPECT_FALSE(DocLinks().rule_page("text/artifact"));
}

TEST(DocLinks, WebBaseLinksEveryRule) {
    DocLinks links = DocLinks::web("https://docs.example.org/gklint/");
    EXPECT_EQ(links.rule_page("acme/x"), "https://docs.example.org/gklint/rules/acme/x.md");
    EXPECT_EQ(links.home(), "https://docs.example.org/gklint/README.md");
}

TEST(SarifOutput, RuleWithoutPageHasNoHelpUri) {
    LintRun run;
    run.documents.emplace_back("r.txt", "一、总体情况\n");
    Diagnostic d;
    d.rule_id = "acme/local-rule";
    d.severity = Severity::Warning;
    d.range = TextRange{0, 3};
    d.message = "m";
    run.diagnostics.push_back({d});
    run.summary.files = 1;
    json log = json::parse(render("sarif", run));
    const json& rule = log["runs"][0]["tool"]["driver"]["rules"][0];
    EXPECT_EQ(rule["id"], "acme/local-rule");
    EXPECT_FALSE(rule.contains("helpUri"));
    EXPECT_EQ(rule["help"]["text"], "文档：运行 `gklint explain acme/local-rule`");
    json web = json::parse(render("sarif", run, ColumnUnit::CodePoint, Language::Zh, DocLinks::web("https://d.example")));
    EXPECT_EQ(web["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"], "https://d.example/rules/acme/local-rule.md");
}

}  // namespace
}  // namespace gklint
