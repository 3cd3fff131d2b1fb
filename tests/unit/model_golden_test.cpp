// Golden test of the report model: every report under tests/model/reports against its
// hand-written expectation under tests/model/expected (schema: tests/model/README.md).
// Compares the format, the six sections (present, heading line), every table parsed without
// problems, and every template cell of the three tables (value, kind, line).
// Mismatches listed in an expectation's known_parser_gaps are parser bugs not fixed yet: the
// test then requires exactly those mismatches, so a fix (or a new failure) shows up here.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "core/document.h"
#include "model/analysis.h"
#include "support/builtin_registry.h"
#include "support/process.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

namespace fs = std::filesystem;
using test::builtin_templates;
using test::read_file;
using test::source_path;

std::vector<std::string> expectation_files() {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(source_path("tests/model/expected")))
        if (e.path().extension() == ".yaml") out.push_back(e.path().stem().string());
    std::sort(out.begin(), out.end());
    return out;
}

std::string number(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

struct Mismatch {
    std::string id;      // stable text: what differs, expected and actual
    std::string detail;  // extra context for the failure message
};

struct Gap {
    std::string match;  // prefix of mismatch ids
    std::size_t count = 0;
    std::string reason;
    std::size_t seen = 0;
};

// Compares one report with its expectation; returns every difference.
std::vector<Mismatch> compare(const YAML::Node& expected, const Document& doc, const ReportModel& m) {
    std::vector<Mismatch> out;
    auto line_of = [&](std::size_t offset) { return doc.position(offset, ColumnUnit::CodePoint).line; };

    std::string format = expected["format"].as<std::string>();
    if (m.format.version != format)
        out.push_back({"format expected=" + format + " actual=" + (m.format.version.empty() ? "none" : m.format.version),
                       ""});

    for (const auto& s : expected["sections"]) {
        std::string key = s["key"].as<std::string>();
        std::size_t line = s["line"].as<std::size_t>();
        const Section* section = m.section(key);
        if (!section || !section->present || !section->heading) {
            out.push_back({"section/" + key + " missing", "heading \"" + s["heading"].as<std::string>() +
                                                              "\" expected at line " + std::to_string(line)});
            continue;
        }
        std::size_t actual = line_of(section->heading->range.begin);
        if (actual != line)
            out.push_back({"section/" + key + " line expected=" + std::to_string(line) + " actual=" + std::to_string(actual),
                           "heading found: \"" + section->heading->text + "\""});
    }

    for (const auto& tnode : expected["tables"]) {
        std::string tkey = tnode.first.as<std::string>();
        const YAML::Node& tspec = tnode.second;
        const Table* table = m.table(tkey);
        if (!table || !table->present) {
            out.push_back({"table/" + tkey + " missing", ""});
            continue;
        }
        if (!table->parsed) out.push_back({"table/" + tkey + " not parsed", "layout " + table->layout});
        for (const auto& p : table->problems)
            out.push_back({"table/" + tkey + " problem: " + p.message_en,
                           "line " + std::to_string(line_of(p.range.begin)) + ", " + p.message_zh});

        std::size_t expected_cells = 0;
        for (const auto& row : tspec["rows"]) {
            std::string block = row["block"] ? row["block"].as<std::string>() : "";
            std::string rkey = row["row"].as<std::string>();
            const YAML::Node columns = block.empty() ? tspec["columns"] : tspec["columns"][block];
            const YAML::Node values = row["values"];
            const YAML::Node lines = row["lines"];
            std::size_t row_line = row["line"].as<std::size_t>();
            if (columns.size() != values.size())
                throw std::runtime_error("expectation error: " + tkey + " " + block + "/" + rkey + " has " +
                                         std::to_string(values.size()) + " values for " +
                                         std::to_string(columns.size()) + " columns");
            for (std::size_t i = 0; i < values.size(); ++i) {
                ++expected_cells;
                std::string ckey = columns[i].as<std::string>();
                std::size_t want_line = lines ? lines[i].as<std::size_t>() : row_line;
                std::string where = "cell " + tkey + "/" + block + "/" + rkey + "/" + ckey;
                const Cell* cell = table->cell(block, rkey, ckey);
                // `blank`: a cell left empty, read at its place as a blank value.
                if (values[i].as<std::string>() == "blank") {
                    if (!cell || cell->kind != CellKind::Blank)
                        out.push_back({where + (cell ? " not blank: \"" + cell->raw + "\"" : " missing"),
                                       "expected blank at line " + std::to_string(want_line)});
                    else if (line_of(cell->range.begin) != want_line)
                        out.push_back({where + " line expected=" + std::to_string(want_line) +
                                           " actual=" + std::to_string(line_of(cell->range.begin)),
                                       "blank"});
                    continue;
                }
                double want = values[i].as<double>();
                if (!cell) {
                    out.push_back({where + " missing", "expected " + number(want) + " at line " + std::to_string(want_line)});
                    continue;
                }
                if (cell->kind != CellKind::Number || !cell->value) {
                    out.push_back({where + " not a number: \"" + cell->raw + "\"",
                                   "expected " + number(want) + " at line " + std::to_string(want_line)});
                    continue;
                }
                if (std::fabs(*cell->value - want) > 1e-9)
                    out.push_back({where + " value expected=" + number(want) + " actual=" + number(*cell->value),
                                   "read \"" + cell->raw + "\" at line " + std::to_string(line_of(cell->range.begin))});
                std::size_t got_line = line_of(cell->range.begin);
                if (got_line != want_line)
                    out.push_back({where + " line expected=" + std::to_string(want_line) +
                                       " actual=" + std::to_string(got_line),
                                   "read \"" + cell->raw + "\""});
                // The cell's range holds exactly what it says.
                if (doc.text().substr(cell->range.begin, cell->range.end - cell->range.begin) != cell->raw)
                    out.push_back({where + " range does not hold its raw text", cell->raw});
            }
        }
        std::size_t actual_cells = 0;
        for (const auto& c : table->cells)
            if (!c.column.empty()) ++actual_cells;
        if (actual_cells != expected_cells)
            out.push_back({"table/" + tkey + " cells expected=" + std::to_string(expected_cells) +
                               " actual=" + std::to_string(actual_cells),
                           "cells with a template column"});
    }
    return out;
}

class ModelGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(ModelGolden, ReportReadsAsWritten) {
    const std::string name = GetParam();
    const YAML::Node expected = YAML::LoadFile(source_path("tests/model/expected/" + name + ".yaml"));
    const std::string report = expected["report"].as<std::string>();
    Document doc(report, read_file(source_path(report)));
    Analysis analysis(doc, &builtin_templates());
    std::vector<Mismatch> mismatches = compare(expected, doc, analysis.model());

    std::vector<Gap> gaps;
    for (const auto& g : expected["known_parser_gaps"])
        gaps.push_back({g["match"].as<std::string>(), g["count"].as<std::size_t>(), g["reason"].as<std::string>(), 0});

    for (const auto& mm : mismatches) {
        Gap* gap = nullptr;
        for (auto& g : gaps)
            if (mm.id.compare(0, g.match.size(), g.match) == 0) {
                gap = &g;
                break;
            }
        if (gap) {
            ++gap->seen;
            continue;
        }
        ADD_FAILURE() << report << ": " << mm.id << (mm.detail.empty() ? "" : " (" + mm.detail + ")");
    }
    for (const auto& g : gaps)
        EXPECT_EQ(g.seen, g.count) << report << ": known parser gap \"" << g.match << "\" (" << g.reason
                                   << ") now accounts for " << g.seen << " mismatches instead of " << g.count
                                   << (g.seen == 0 ? "; fixed? remove the entry from the expectation" : "");
}

INSTANTIATE_TEST_SUITE_P(Reports, ModelGolden, ::testing::ValuesIn(expectation_files()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

// The expectations themselves cover what the suite promises: every 2021-format layout and both
// 2019 layouts, each table with every template row.
TEST(ModelGoldenSet, CoversTheLayouts) {
    std::size_t f2021 = 0, f2019 = 0;
    std::vector<std::string> layouts;
    for (const auto& name : expectation_files()) {
        YAML::Node e = YAML::LoadFile(source_path("tests/model/expected/" + name + ".yaml"));
        (e["format"].as<std::string>() == "2021" ? f2021 : f2019)++;
        layouts.push_back(e["layout"].as<std::string>());
        EXPECT_EQ(e["sections"].size(), 6u) << name;
        EXPECT_EQ(e["tables"]["requests"]["rows"].size(), e["format"].as<std::string>() == "2021" ? 25u : 23u) << name;
        EXPECT_EQ(e["tables"]["appeals"]["rows"][0]["values"].size(), 15u) << name;
    }
    EXPECT_GE(f2021, 8u);
    EXPECT_GE(f2019, 2u);
    for (const char* l : {"one-cell-per-line", "pipe", "tab", "markdown", "spaced", "run-together"})
        EXPECT_NE(std::find(layouts.begin(), layouts.end(), l), layouts.end()) << l;
}

}  // namespace
}  // namespace gklint
