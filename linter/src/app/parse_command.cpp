#include "app/parse_command.h"

#include "app/input_reading.h"

#include <fstream>
#include <ostream>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "app/data_paths.h"
#include "app/exit_codes.h"
#include "core/document.h"
#include "model/analysis.h"
#include "output/model_json.h"

namespace gklint {
namespace {

std::string cell_text(const Cell& c) {
    if (c.kind == CellKind::Missing) return "∅";
    if (c.value) return fmt::format("{}", *c.value);
    return c.raw;
}

void print_text(const Document& doc, const ReportModel& m, std::ostream& out) {
    fmt::print(out, "{}: format {}{}{}\n", doc.path(), m.format.version.empty() ? "?" : m.format.version,
               m.format.mixed ? " (mixed)" : "", m.traditional ? ", Traditional script" : "");
    for (const auto& s : m.sections) {
        if (!s.present) {
            fmt::print(out, "  section {} {}: missing\n", s.number, s.key);
            continue;
        }
        Position p = doc.position(s.heading->range.begin, ColumnUnit::CodePoint);
        fmt::print(out, "  section {} {} at {}:{}: {}\n", s.number, s.key, p.line, p.column, s.heading->text);
    }
    for (const auto& t : m.tables) {
        fmt::print(out, "  table {}: {}{}, layout {}\n", t.key, t.present ? "present" : "absent",
                   t.parsed ? ", parsed" : (t.present ? ", NOT parsed" : ""), t.layout);
        std::string row;
        for (const auto& c : t.cells) {
            std::string key = c.block.empty() ? c.row : c.block + "/" + c.row;
            if (key != row) {
                Position p = doc.position(c.range.begin, ColumnUnit::CodePoint);
                fmt::print(out, "{}    {} (line {}):", row.empty() ? "" : "\n", key, p.line);
                row = key;
            }
            fmt::print(out, " {}{}", cell_text(c), c.column.empty() ? "(extra)" : "");
        }
        if (!row.empty()) fmt::print(out, "\n");
        for (const auto& p : t.problems) {
            Position pos = doc.position(p.range.begin, ColumnUnit::CodePoint);
            fmt::print(out, "    problem at {}:{}: {}\n", pos.line, pos.column, p.message_zh);
        }
    }
}

}  // namespace

int run_parse_command(const std::vector<std::string>& files, const std::string& format, const LintOptions& options,
                      std::ostream& out, std::ostream& err) {
    DataPaths paths = locate_data_paths();
    TemplateSet templates;
    try {
        templates = load_templates(paths.rules_dir + "/templates");
    } catch (const std::exception& e) {
        fmt::print(err, "gklint: error: {}\n", e.what());
        return kExitFailure;
    }
    int status = kExitClean;
    nlohmann::json all = nlohmann::json::array();
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            fmt::print(err, "gklint: error: {}: cannot open file\n", file);
            status = kExitFailure;
            continue;
        }
        std::ostringstream bytes;
        bytes << in.rdbuf();
        try {
            auto document = read_document(file, bytes.str(), reader_options(options, &templates));
            const Document& doc = *document;
            Analysis analysis(doc, &templates);
            if (format == "json") all.push_back(model_to_json(doc, analysis.model(), options.column_unit));
            else print_text(doc, analysis.model(), out);
        } catch (const InputError& e) {
            fmt::print(err, "gklint: error: {}: {}\n", file, e.what());
            status = kExitFailure;
        }
    }
    if (format == "json") out << (files.size() == 1 && all.size() == 1 ? all[0] : all).dump(2) << '\n';
    return status;
}

}  // namespace gklint
