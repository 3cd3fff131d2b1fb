// The report model of real reports, checked against values read off the text by hand.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <tuple>

#include "core/document.h"
#include "model/analysis.h"
#include "support/builtin_registry.h"
#include "support/process.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

using test::builtin_templates;
using test::read_file;
using test::source_path;

struct Loaded {
    std::unique_ptr<Document> document;
    std::unique_ptr<Analysis> analysis;
    const ReportModel& model() const { return analysis->model(); }
};

Loaded load(const std::string& relative) {
    Loaded l;
    l.document = std::make_unique<Document>(relative, read_file(source_path(relative)));
    l.analysis = std::make_unique<Analysis>(*l.document, &builtin_templates());
    return l;
}

std::size_t line_of(const Document& d, std::size_t offset) { return d.position(offset, ColumnUnit::CodePoint).line; }

using CellKey = std::tuple<std::string, std::string, std::string>;  // block, row, column

// Every cell of `table` with a template column, as values.
std::map<CellKey, double> values_of(const Table& table) {
    std::map<CellKey, double> out;
    for (const auto& c : table.cells)
        if (!c.column.empty() && c.value) out[{c.block, c.row, c.column}] = *c.value;
    return out;
}

double at(const std::map<CellKey, double>& values, const std::string& block, const std::string& row,
          const std::string& column) {
    auto it = values.find(CellKey{block, row, column});
    return it == values.end() ? -1 : it->second;
}

const char* const kSamples[] = {"examples/000_35cae2b5b7ef7ad3.txt", "examples/001_6997cc47fc5df21f.txt",
                                "examples/002_de76e490e607cf78.txt", "examples/003_f29079d135fdfab1.txt",
                                "examples/004_dc050822b7b0f109.txt"};

// Nonzero cells of each sample (block, row, column → value, line), read off the text;
// every other template cell of the three tables is 0.
struct Nonzero {
    CellKey key;
    double value;
    std::size_t line;
};
const std::map<std::string, std::vector<Nonzero>> kNonzero = {
    {kSamples[0], {{{"item1", "normative", "made"}, 20, 71}}},
    {kSamples[1], {}},
    {kSamples[2], {}},
    {kSamples[3],
     {{{"", "new", "natural"}, 1, 60}, {{"", "new", "total"}, 1, 60},
      {{"", "withheld_internal", "natural"}, 1, 68}, {{"", "withheld_internal", "total"}, 1, 68},
      {{"", "handled_total", "natural"}, 1, 81}, {{"", "handled_total", "total"}, 1, 81}}},
    {kSamples[4],
     {{{"item9", "procurement", "projects"}, 3, 82}, {{"item9", "procurement", "amount"}, 276000, 83},
      {{"", "new", "natural"}, 1, 110}, {{"", "new", "total"}, 1, 116},
      {{"", "disclosed", "natural"}, 1, 129}, {{"", "disclosed", "total"}, 1, 135},
      {{"", "handled_total", "natural"}, 1, 342}, {{"", "handled_total", "total"}, 1, 348}}},
};

class SampleModel : public ::testing::TestWithParam<const char*> {};

TEST_P(SampleModel, SixSectionsInOrderAndTheThreeTablesReadCellByCell) {
    Loaded r = load(GetParam());
    const ReportModel& m = r.model();
    EXPECT_EQ(m.format.version, "2019");
    ASSERT_EQ(m.sections.size(), 6u);
    for (const auto& s : m.sections) EXPECT_TRUE(s.present) << s.key;
    for (std::size_t i = 1; i < m.level1_order.size(); ++i)
        EXPECT_LT(m.level1_order[i - 1].range.begin, m.level1_order[i].range.begin);

    const Table* proactive = m.table("proactive");
    const Table* requests = m.table("requests");
    const Table* appeals = m.table("appeals");
    ASSERT_TRUE(proactive && requests && appeals);
    for (const Table* t : {proactive, requests, appeals}) {
        EXPECT_TRUE(t->parsed) << t->key << (t->problems.empty() ? "" : ": " + t->problems[0].message_zh);
        for (const auto& c : t->cells) EXPECT_EQ(c.kind, CellKind::Number) << t->key << " " << c.row << " " << c.column;
    }
    // Table 二 (2019): 3+3+3+3+3+3+2+2 cells; table 三: 23 value rows x 7; table 四: 15.
    EXPECT_EQ(values_of(*proactive).size(), 22u);
    EXPECT_EQ(values_of(*requests).size(), 23u * 7u);
    EXPECT_EQ(values_of(*appeals).size(), 15u);
    EXPECT_EQ(requests->values_per_row.size(), 23u);

    std::map<CellKey, std::pair<double, std::size_t>> expected;
    for (const auto& n : kNonzero.at(GetParam())) expected[n.key] = {n.value, n.line};
    for (const Table* t : {proactive, requests, appeals})
        for (const auto& c : t->cells) {
            if (c.column.empty()) continue;
            auto it = expected.find({c.block, c.row, c.column});
            double want = it == expected.end() ? 0 : it->second.first;
            EXPECT_EQ(c.value.value_or(-1), want) << t->key << " " << c.block << "/" << c.row << "/" << c.column;
            if (it != expected.end()) {
                EXPECT_EQ(line_of(*r.document, c.range.begin), it->second.second) << c.row;
            }
            // The cell's range holds exactly what the cell says, in the original text.
            EXPECT_EQ(r.document->text().substr(c.range.begin, c.range.end - c.range.begin), c.raw);
        }
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleModel, ::testing::ValuesIn(kSamples),
                         [](const ::testing::TestParamInfo<const char*>& info) {
                             return "sample_00" + std::to_string(info.index);
                         });

TEST(ReportModel, Sample004RecordsThreeValuesForTheTwoColumnFeeRow) {
    Loaded r = load(kSamples[4]);
    const Table* t = r.model().table("proactive");
    ASSERT_TRUE(t);
    std::size_t fee_cells = 0, extra = 0;
    for (const auto& c : t->cells)
        if (c.row == "fees") {
            ++fee_cells;
            if (c.column.empty()) ++extra;
        }
    EXPECT_EQ(fee_cells, 3u);
    EXPECT_EQ(extra, 1u);
    auto it = std::find_if(t->values_per_row.begin(), t->values_per_row.end(),
                           [](const auto& p) { return p.first == "fees"; });
    ASSERT_NE(it, t->values_per_row.end());
    EXPECT_EQ(it->second, 3u);
    // Its caption 第二十六条第（六）项 still names block （六）, recorded as written.
    auto caption = std::find_if(t->captions.begin(), t->captions.end(), [](const LabelMatch& m) { return m.key == "item6"; });
    ASSERT_NE(caption, t->captions.end());
    EXPECT_EQ(caption->written, "第二十六条第（六）项");
    EXPECT_FALSE(caption->exact);
    EXPECT_EQ(line_of(*r.document, caption->range.begin), 45u);
}

TEST(ReportModel, Sample004MissingMergedParentLabelDoesNotDerailTheRows) {
    Loaded r = load(kSamples[4]);
    const Table* t = r.model().table("requests");
    ASSERT_TRUE(t);
    auto results = std::find_if(t->rows.begin(), t->rows.end(), [](const LabelMatch& m) { return m.key == "results"; });
    ASSERT_NE(results, t->rows.end());
    EXPECT_FALSE(results->found);
    EXPECT_TRUE(t->parsed);
}

TEST(ReportModel, TraditionalSampleWithPinyinReadsLikeSimplifiedWithOriginalPositions) {
    Loaded r = load(kSamples[1]);
    const ReportModel& m = r.model();
    EXPECT_TRUE(m.traditional);
    EXPECT_GT(m.pinyin_annotations, 100u);
    const Section* overview = m.section("overview");
    ASSERT_TRUE(overview && overview->heading);
    // The heading's range is in the original Traditional text.
    EXPECT_EQ(r.document->text().substr(overview->heading->range.begin,
                                        overview->heading->range.end - overview->heading->range.begin),
              "一、總體情況");
    EXPECT_EQ(line_of(*r.document, m.table("requests")->cells.front().range.begin), 36u);
}

TEST(ReportModel, PdfTextWithWrappedAndVerticalLabels) {
    Loaded r = load("tests/fixtures/real/2024_huaian_szf.txt");
    const ReportModel& m = r.model();
    EXPECT_EQ(m.format.version, "2021");
    const Table* t = m.table("requests");
    ASSERT_TRUE(t && t->parsed);
    auto v = values_of(*t);
    EXPECT_EQ(at(v, "", "new", "natural"), 3001);
    EXPECT_EQ(at(v, "", "new", "total"), 3119);
    EXPECT_EQ(at(v, "", "partial", "natural"), 447);  // label wrapped around its values
    EXPECT_EQ(at(v, "", "handled_total", "total"), 3050);
    EXPECT_EQ(at(v, "", "carried_forward", "total"), 103);
    EXPECT_EQ(values_of(*t).size(), 25u * 7u);
    const Table* appeals = m.table("appeals");
    ASSERT_TRUE(appeals && appeals->parsed);
    auto a = values_of(*appeals);
    EXPECT_EQ(at(a, "", "values", "review.total"), 351);
    EXPECT_EQ(at(a, "", "values", "after_review.total"), 20);
}

TEST(ReportModel, TwentyTwentyOneReportKeepingTheOldSingleOtherHandlingRow) {
    Loaded r = load("tests/fixtures/real/2023_hongze_qzf.txt");
    const Table* t = r.model().table("requests");
    ASSERT_TRUE(t);
    EXPECT_TRUE(t->parsed);
    EXPECT_EQ(values_of(*t).count(CellKey{"", "other_handling", "total"}), 1u);
    EXPECT_EQ(at(values_of(*t), "", "new", "total"), 21);
}

// The sentence before table 四 names its groups ("被申请行政复议6件，被提起行政诉讼7件。"): in every
// layout, the table's labels are found in the table, after the sentence, not in it.
class TableAfterSentence : public ::testing::TestWithParam<const char*> {};

TEST_P(TableAfterSentence, HeaderLabelsAreNotTheSentencesWords) {
    Loaded r = load(GetParam());
    const Table* t = r.model().table("appeals");
    ASSERT_TRUE(t);
    std::string_view text = r.document->text();
    std::size_t sentence = text.find("被申请行政复议");
    ASSERT_NE(sentence, std::string_view::npos);
    std::size_t sentence_end = text.find("。", sentence);
    ASSERT_NE(sentence_end, std::string_view::npos);
    for (const auto& c : t->columns) {
        if (c.found) {
            EXPECT_GT(c.range.begin, sentence_end) << GetParam() << " " << c.key << " “" << c.written << "”";
        }
    }
    EXPECT_GT(t->range.begin, sentence_end) << GetParam();
    EXPECT_TRUE(t->parsed) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Layouts, TableAfterSentence,
                         ::testing::Values("tests/model/reports/2021_c_liulin_town.txt",          // tab
                                           "tests/model/reports/2021_l_tabblank_dongcun_town.txt",  // Word copy
                                           "tests/model/reports/2022_b_baisha_town.txt",         // pipe
                                           "tests/model/reports/2022_e_shiqiao_town.md",         // Markdown
                                           "tests/model/reports/2024_f_fengle_town.txt",         // PDF text
                                           "tests/model/reports/2024_h_jinshan_town.txt",        // one line per table
                                           "tests/model/reports/2021_k_oneline_xiaoxi_town.txt"  // one line
                                           ));

TEST(ReportModel, RunTogetherDigitsSplitOnlyWhenTheRelationsLeaveOneWay) {
    Loaded r = load("tests/fixtures/real/2022_pingtan_zhsyq.txt");
    const Table* t = r.model().table("requests");
    ASSERT_TRUE(t && t->parsed);
    std::size_t inferred = 0;
    for (const auto& c : t->cells) inferred += c.inferred_split;
    EXPECT_GT(inferred, 0u);
    // Every split row adds up: total = the six applicant columns.
    auto v = values_of(*t);
    for (const auto& row : t->values_per_row) {
        double sum = 0;
        for (const char* col : {"natural", "commercial", "research", "public_interest", "legal_services", "other"})
            sum += at(v, "", row.first, col);
        EXPECT_EQ(sum, at(v, "", row.first, "total")) << row.first;
    }
    Loaded ambiguous = load("tests/fixtures/real/2021_pingtan_zhsyq.txt");
    EXPECT_FALSE(ambiguous.model().table("requests")->parsed);
}

// Every range of every model lies inside the text, in order, on character boundaries.
TEST(ReportModel, EveryRangeMapsInsideTheOriginalText) {
    std::vector<std::string> files(std::begin(kSamples), std::end(kSamples));
    for (const char* f : {"2019_pingtan_zhsyq", "2020_pingtan_zhsyq", "2021_pingtan_zhsyq", "2022_pingtan_zhsyq",
                          "2023_hongze_qzf", "2023_pingtan_zhsyq", "2024_hongze_qzf", "2024_huaian_szf",
                          "2024_pingtan_zhsyq", "2025_pingtan_zhsyq"})
        files.push_back(std::string("tests/fixtures/real/") + f + ".txt");
    // Inputs the fuzzer once found ranges to invert on.
    for (const auto& entry : std::filesystem::directory_iterator(test::source_path("fuzz/regressions")))
        files.push_back("fuzz/regressions/" + entry.path().filename().string());
    for (const auto& file : files) {
        std::unique_ptr<Document> doc;
        try {
            doc = std::make_unique<Document>(file, read_file(source_path(file)));
        } catch (const InputError&) {
            continue;  // not text: nothing to model
        }
        Loaded r = load(file);
        std::string_view text = r.document->text();
        auto check = [&](TextRange range, const std::string& what) {
            EXPECT_LE(range.begin, range.end) << file << " " << what;
            EXPECT_LE(range.end, text.size()) << file << " " << what;
            for (std::size_t pos : {range.begin, range.end})
                if (pos < text.size()) {
                    EXPECT_NE(static_cast<unsigned char>(text[pos]) & 0xC0, 0x80) << file << " " << what;
                }
            Position p = r.document->position(range.begin, ColumnUnit::CodePoint);
            EXPECT_LE(p.original_offset, r.document->original_bytes().size());
        };
        const ReportModel& m = r.model();
        for (const auto& s : m.sections)
            if (s.present) {
                check(s.heading->range, s.key);
                check(s.body, s.key + " body");
            }
        for (const auto& t : m.tables) {
            for (const auto& c : t.cells) check(c.range, t.key + " " + c.row);
            for (const auto& p : t.problems) check(p.range, t.key + " problem");
            for (const auto* labels : {&t.rows, &t.columns, &t.captions})
                for (const auto& l : *labels)
                    if (l.found) check(l.range, t.key + " " + l.key);
        }
    }
}

}  // namespace
}  // namespace gklint
