// Every output format rendered from fixed documents and findings, compared with
// tests/snapshots/<format>/<name>.txt. GKLINT_UPDATE_SNAPSHOTS=1 rewrites the files.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/registry.h"
#include "core/rule.h"
#include "output/formatter.h"
#include "support/encode.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

struct FileCase {
    Document document;
    std::vector<Diagnostic> diagnostics;
};

TextRange find(const Document& doc, std::string_view needle, std::size_t from = 0) {
    std::size_t at = doc.text().find(needle, from);
    if (at == std::string_view::npos) throw std::runtime_error("test text lacks " + std::string(needle));
    return TextRange{at, at + needle.size()};
}

Diagnostic finding(std::string rule, Severity severity, TextRange range, std::string message, std::string fingerprint) {
    Diagnostic d;
    d.rule_id = std::move(rule);
    d.severity = severity;
    d.range = range;
    d.message = std::move(message);
    d.fingerprint = std::move(fingerprint);
    return d;
}

RunSummary summarize(const std::vector<FileCase>& files) {
    RunSummary s;
    s.files = files.size();
    for (const auto& f : files) {
        for (const auto& d : f.diagnostics) {
            if (d.severity == Severity::Error) ++s.errors;
            else if (d.severity == Severity::Warning) ++s.warnings;
            else ++s.infos;
            if (d.fix) ++s.fixable;
        }
    }
    return s;
}

std::string render(std::string_view format, const OutputOptions& options, const std::vector<FileCase>& files) {
    auto formatter = make_formatter(format, options);
    if (!formatter) throw std::runtime_error("no formatter " + std::string(format));
    std::ostringstream out;
    formatter->begin(out);
    for (const auto& f : files) formatter->file(out, FileResult{f.document, f.diagnostics});
    formatter->end(out, summarize(files));
    std::string text = out.str();
    // The tool version changes with every release; the snapshot holds a placeholder.
    for (std::string key : {"version", "semanticVersion"}) {
        std::string version = "\"" + key + "\": \"" + GKLINT_VERSION + "\"";
        std::string placeholder = "\"" + key + "\": \"<gklint version>\"";
        for (auto at = text.find(version); at != std::string::npos; at = text.find(version, at))
            text.replace(at, version.size(), placeholder);
    }
    return text;
}

bool updating_snapshots() {
    const char* update = std::getenv("GKLINT_UPDATE_SNAPSHOTS");
    return update && std::string_view(update) == "1";
}

void expect_snapshot(const std::string& format, const std::string& name, const std::string& actual) {
    std::filesystem::path path = test::source_path("tests/snapshots/" + format + "/" + name + ".txt");
    if (updating_snapshots()) {
        std::filesystem::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << actual;
        return;
    }
    if (!std::filesystem::exists(path)) {
        ADD_FAILURE() << "missing snapshot " << path << " (run with GKLINT_UPDATE_SNAPSHOTS=1)";
        return;
    }
    EXPECT_EQ(test::read_file(path.string()), actual) << "snapshot " << path
                                                      << " differs (GKLINT_UPDATE_SNAPSHOTS=1 rewrites it)";
}

class StubRule : public Rule {
public:
    explicit StubRule(RuleMeta meta) : meta_(std::move(meta)) {}
    const RuleMeta& meta() const override { return meta_; }
    void check(CheckContext&) const override {}

private:
    RuleMeta meta_;
};

// Metadata for some of the rules the findings below name (SARIF lists it); the others
// stay unknown, as rules of a plugin that is no longer loaded would.
const RuleRegistry& snapshot_registry() {
    static const RuleRegistry registry = [] {
        RuleRegistry r;
        auto add = [&](std::string id, Severity severity, LocalizedText summary, bool fixable) {
            RuleMeta meta;
            meta.id = std::move(id);
            meta.default_severity = severity;
            meta.summary = std::move(summary);
            meta.fixable = fixable;
            r.add(std::make_unique<StubRule>(std::move(meta)));
        };
        add("article/wrong-number", Severity::Error, {"表二栏目须引用条例第二十条", "table 二 captions must cite Article 20"}, true);
        add("article/wrong-item", Severity::Warning, {"所引的项不存在", "the cited item does not exist"}, false);
        add("text/caption-style", Severity::Info, {"标题编号与模板一致", ""}, false);
        return r;
    }();
    return registry;
}

OutputOptions options_for(Language language, ColumnUnit unit = ColumnUnit::CodePoint, bool color = false) {
    OutputOptions options;
    options.language = language;
    options.column_unit = unit;
    options.color = color;
    options.registry = &snapshot_registry();
    options.doc_links = DocLinks::web("https://docs.example.org/gklint");  // the same wherever the tests run
    return options;
}

// The formats added for CI services and code-review tools (docs/output-formats.md).
const std::vector<std::string> kMachineFormats{"jsonl", "sarif", "rdjson", "rdjsonl", "checkstyle", "junit"};

// Each format, plus the human format in colour.
void expect_all_formats(const std::string& name, Language language, const std::vector<FileCase>& files) {
    expect_snapshot("human", name, render("human", options_for(language), files));
    expect_snapshot("human", name + "_color", render("human", options_for(language, ColumnUnit::CodePoint, true), files));
    expect_snapshot("gcc", name, render("gcc", options_for(language), files));
    expect_snapshot("json", name, render("json", options_for(language), files));
    for (const auto& format : kMachineFormats) expect_snapshot(format, name, render(format, options_for(language), files));
}

// Astral characters (CJK Extension B, emoji) before the findings; a note; a safe fix
// and a suggestion on another range; an info without fix.
std::vector<FileCase> astral_report(Language lang) {
    bool en = lang == Language::En;
    FileCase f{Document("reports/2023年报.txt",
                        "二、主动公开政府信息情况\n"
                        "𠀀😀依据第二十六条第（六）项规定\n"
                        "三、收到和处理政府信息公开申请情况\n"),
               {}};
    const Document& doc = f.document;
    Diagnostic wrong = finding("article/wrong-number", Severity::Error, find(doc, "第二十六条"),
                               en ? "wrong article: the 2019 format cites 第二十条" : "条款号错误：2019 年格式应引用第二十条",
                               "3f1c9a0e5b7d2468");
    wrong.notes.push_back(Note{find(doc, "二、主动公开政府信息情况"),
                               en ? "the 2019 format is recognised from this caption" : "由此标题判断为 2019 年格式"});
    wrong.fix = Fix{wrong.range, "第二十条", true};
    Diagnostic item = finding("article/wrong-item", Severity::Warning, find(doc, "第（六）项"),
                              en ? "article 20 has no item (六)" : "第二十条没有第（六）项", "a0b1c2d3e4f50617");
    item.fix = Fix{find(doc, "（六）"), "（五）", false};
    Diagnostic caption = finding("text/caption-style", Severity::Info, find(doc, "三、"),
                                 en ? "caption numbering is checked against the template" : "标题编号已与模板核对",
                                 "0f1e2d3c4b5a6978");
    f.diagnostics = {wrong, item, caption};
    std::vector<FileCase> files;
    files.push_back(std::move(f));
    return files;
}

TEST(OutputSnapshot, AstralCharactersInChinese) { expect_all_formats("astral_zh", Language::Zh, astral_report(Language::Zh)); }

TEST(OutputSnapshot, AstralCharactersInEnglish) { expect_all_formats("astral_en", Language::En, astral_report(Language::En)); }

TEST(OutputSnapshot, ColumnUnitsAfterAstralCharacters) {
    auto files = astral_report(Language::Zh);
    for (ColumnUnit unit : {ColumnUnit::Utf16, ColumnUnit::Byte, ColumnUnit::Display}) {
        std::string name = "astral_" + std::string(column_unit_name(unit));
        expect_snapshot("gcc", name, render("gcc", options_for(Language::Zh, unit), files));
        expect_snapshot("json", name, render("json", options_for(Language::Zh, unit), files));
        expect_snapshot("human", name, render("human", options_for(Language::Zh, unit), files));
        // SARIF counts UTF-16 units or code points (byte and display fall back to code
        // points); rdjson always counts bytes; the others follow the unit.
        for (const auto& format : {"sarif", "jsonl", "checkstyle", "junit"})
            expect_snapshot(format, name, render(format, options_for(Language::Zh, unit), files));
    }
}

// TABs before and inside the underlined text; a deletion suggestion.
TEST(OutputSnapshot, TabIndentedLines) {
    FileCase f{Document("tabs.txt", "\t依据\t第二十六条规定\n\t\t（三）其他 \n"), {}};
    const Document& doc = f.document;
    f.diagnostics.push_back(finding("article/wrong-number", Severity::Error, find(doc, "依据\t第二十六条"),
                                    "条款号错误", "1111111111111111"));
    Diagnostic space = finding("text/trailing-space", Severity::Warning, find(doc, " \n"), "行末有多余空格",
                               "2222222222222222");
    space.range.end -= 1;
    space.fix = Fix{space.range, "", false};
    f.diagnostics.push_back(space);
    std::vector<FileCase> files;
    files.push_back(std::move(f));
    expect_all_formats("tabs", Language::Zh, files);
}

// GB18030 input: JSON offsets are bytes of the original file, not of the UTF-8 text.
TEST(OutputSnapshot, Gb18030Document) {
    FileCase f{Document("legacy/gbk-report.txt", test::encode_as("𠀀😀依据第二十六条\r\n（一）第二十条\r\n", "GB18030"),
                        "GB18030"),
               {}};
    const Document& doc = f.document;
    Diagnostic wrong = finding("article/wrong-number", Severity::Error, find(doc, "第二十六条"), "条款号错误",
                               "3333333333333333");
    wrong.fix = Fix{wrong.range, "第二十条", true};
    wrong.notes.push_back(Note{find(doc, "第二十条"), "此处引用正确"});
    f.diagnostics.push_back(wrong);
    std::vector<FileCase> files;
    files.push_back(std::move(f));
    expect_all_formats("gb18030", Language::Zh, files);
}

// Awkward lines: CRLF endings, a range over a line break, a message with line breaks,
// a control character in the text, a very long line, an insertion at the end of the file.
TEST(OutputSnapshot, AwkwardLines) {
    std::string long_line;
    for (int i = 0; i < 60; ++i) long_line += "公开";
    long_line += "第二十六条";
    for (int i = 0; i < 60; ++i) long_line += "信息";
    FileCase f{Document("edge.txt", "甲乙丙\r\n丁\f戊\r\n" + long_line + "\r\n末尾"), {}};
    const Document& doc = f.document;
    TextRange across = find(doc, "乙丙\r\n丁");
    f.diagnostics.push_back(finding("text/broken-line", Severity::Warning, across, "第一行\n第二行\r\n第三行",
                                    "4444444444444444"));
    f.diagnostics.push_back(finding("text/control-char", Severity::Error, find(doc, "\f"), "控制字符", "5555555555555555"));
    f.diagnostics.push_back(
        finding("article/wrong-number", Severity::Error, find(doc, "第二十六条"), "条款号错误", "6666666666666666"));
    std::size_t end = doc.text().size();
    Diagnostic period = finding("text/final-period", Severity::Info, TextRange{end, end}, "缺少句号", "7777777777777777");
    period.fix = Fix{period.range, "。", true};
    f.diagnostics.push_back(period);
    std::vector<FileCase> files;
    files.push_back(std::move(f));
    expect_all_formats("awkward", Language::Zh, files);
}

// Two files, one clean: the clean one is listed in JSON; the summary counts both.
TEST(OutputSnapshot, CleanAndDirtyFiles) {
    std::vector<FileCase> files;
    files.push_back(FileCase{Document("clean.txt", "一、总体情况\n"), {}});
    for (Language lang : {Language::Zh, Language::En}) {
        std::string suffix = lang == Language::En ? "_en" : "_zh";
        expect_snapshot("human", "clean" + suffix, render("human", options_for(lang), files));
        expect_snapshot("gcc", "clean" + suffix, render("gcc", options_for(lang), files));
        expect_snapshot("json", "clean" + suffix, render("json", options_for(lang), files));
        for (const auto& format : kMachineFormats)
            expect_snapshot(format, "clean" + suffix, render(format, options_for(lang), files));
    }
}

}  // namespace
}  // namespace gklint
