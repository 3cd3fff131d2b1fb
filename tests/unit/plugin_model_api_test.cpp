// Plugins read the report model through the C ABI: sections, tables, cells,
// enumerations, numbers and the normalised text, with ranges in the original.
#include <gtest/gtest.h>

#include <optional>

#include "model/analysis.h"

#include <algorithm>

#include "core/document.h"
#include "core/runner.h"
#include "plugin_host/plugin_loader.h"
#include "support/builtin_registry.h"
#include "support/process.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

struct Seen {
    std::unique_ptr<Document> doc;
    std::vector<Diagnostic> diagnostics;

    const Diagnostic* find(const std::string& prefix) const {
        for (const auto& d : diagnostics)
            if (d.message.rfind(prefix, 0) == 0) return &d;
        return nullptr;
    }
    std::string text_of(const Diagnostic& d) const {
        return std::string(doc->text().substr(d.range.begin, d.range.end - d.range.begin));
    }
    std::size_t line_of(const Diagnostic& d) const { return doc->position(d.range.begin, ColumnUnit::CodePoint).line; }
};

Seen run_model_reader(const std::string& relative, const std::string& previous = {}) {
    static PluginLoader loader;
    static RuleRegistry registry;
    static const Rule* rule = [] {
        loader.load(test::test_plugin("model_reader"), registry);
        return registry.find("test/model-reader");
    }();
    Seen seen;
    seen.doc = std::make_unique<Document>(relative, test::read_file(test::source_path(relative)));
    std::optional<Document> last_doc;
    std::optional<Analysis> last;
    if (!previous.empty())
        last.emplace(last_doc.emplace(previous, test::read_file(test::source_path(previous))), &test::builtin_templates());
    Analysis analysis(*seen.doc, &test::builtin_templates());
    if (last) analysis.set_previous(&*last);
    seen.diagnostics = run_rules(analysis, {EnabledRule{rule, Severity::Info, {}}}, Language::Zh);
    return seen;
}

TEST(PluginModelApi, LastYearsReportIsReadLikeThisOneAndCannotBeReportedOn) {
    Seen s = run_model_reader("tests/fixtures/cross-year/00000_2022.txt", "tests/fixtures/cross-year/00000_2021.txt");
    ASSERT_NE(s.find("previous "), nullptr);
    EXPECT_EQ(s.find("previous ")->message, "previous tests/fixtures/cross-year/00000_2021.txt year 2021 tables 3");
    ASSERT_NE(s.find("report on previous accepted"), nullptr);
    EXPECT_EQ(s.find("report on previous accepted")->message, "report on previous accepted 0");
    EXPECT_EQ(s.find("previous of previous")->message, "previous of previous no");
    EXPECT_EQ(s.find("on last year's report"), nullptr);
    Seen alone = run_model_reader("tests/fixtures/cross-year/00000_2022.txt");
    EXPECT_NE(alone.find("no previous"), nullptr);
}

TEST(PluginModelApi, SectionsTablesCellsAndCaptionsOfSample004) {
    Seen s = run_model_reader("examples/004_dc050822b7b0f109.txt");
    ASSERT_TRUE(s.find("format 2019 year 2020 traditional 0"));
    const Diagnostic* overview = s.find("section overview 1");
    ASSERT_TRUE(overview);
    EXPECT_EQ(s.text_of(*overview), "一、总体情况");
    EXPECT_TRUE(s.find("section other 6"));
    const Diagnostic* requests = s.find("table requests parsed 1");
    ASSERT_TRUE(requests);
    const Diagnostic* cell = s.find("new total 1 raw 1");
    ASSERT_TRUE(cell);
    EXPECT_EQ(s.line_of(*cell), 116u);
    const Diagnostic* caption = s.find("caption 第二十六条第（六）项");
    ASSERT_TRUE(caption);
    EXPECT_EQ(s.line_of(*caption), 45u);
    EXPECT_TRUE(s.find("counts 1"));
    EXPECT_TRUE(s.find("first paragraph sentences"));
}

TEST(PluginModelApi, EnumerationAndNormalisedTextOfTraditionalSample001) {
    Seen s = run_model_reader("examples/001_6997cc47fc5df21f.txt");
    EXPECT_TRUE(s.find("format 2019 year 0 traditional 1 pinyin yes") || s.find("format 2019 year 2020 traditional 1 pinyin yes"));
    const Diagnostic* e = s.find("enumeration announced 4 items 3");
    ASSERT_TRUE(e);
    EXPECT_EQ(s.line_of(*e), 65u);
    EXPECT_EQ(s.text_of(*e), "四方面");
    // Found in the Simplified view, reported on the Traditional original.
    const Diagnostic* n = s.find("normalized 总体情况");
    ASSERT_TRUE(n);
    EXPECT_EQ(s.text_of(*n), "總體情況");
    EXPECT_EQ(s.line_of(*n), 1u);
}

TEST(PluginModelApi, StatisticsPeriodWithEachPartInTheOriginalPdfText) {
    // Real 2024 淮安 PDF text: "统计期限自 2024 年 1 月 1 日起至 2024 年 12 月 31 日止" (blanks between the parts).
    Seen s = run_model_reader("tests/fixtures/real/2024_huaian_szf.txt");
    const Diagnostic* p = s.find("period kind 0 from 2024-1-1 to 2024-12-31");
    ASSERT_TRUE(p);
    EXPECT_EQ(s.line_of(*p), 7u);
    EXPECT_EQ(s.text_of(*p).substr(0, 4), "2024");
    const Diagnostic* end_year = s.find("period end year");
    ASSERT_TRUE(end_year);
    EXPECT_EQ(s.text_of(*end_year), "2024");
    EXPECT_GT(end_year->range.begin, p->range.begin);
}

TEST(PluginModelApi, ExpectedFormatAndFormatEvidence) {
    // A 2020 report: the 2019 trial format is expected, and its labels are the evidence.
    Seen s = run_model_reader("examples/004_dc050822b7b0f109.txt");
    const Diagnostic* e = s.find("expected 2019 evidence");
    ASSERT_TRUE(e);
    EXPECT_NE(e->message.find("2019:本年新制作数量"), std::string::npos);
    EXPECT_EQ(e->message.find("2021:"), std::string::npos);
    // A 2021 report: the 2021 format, with its labels.
    Seen t = run_model_reader("tests/model/reports/2021_a_qingshi_town.txt");
    const Diagnostic* f = t.find("expected 2021 evidence");
    ASSERT_TRUE(f);
    EXPECT_NE(f->message.find("2021:本年废止件数"), std::string::npos);
    EXPECT_EQ(f->message.find("2019:"), std::string::npos);
}

}  // namespace
}  // namespace gklint
