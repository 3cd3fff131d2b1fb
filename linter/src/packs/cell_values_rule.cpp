// kind: cell-values — value cells of the statistics tables that are not what the
// template's column takes: blank, a placeholder ("/", "—", "无"), text, a negative
// number in a column not marked `signed`, a decimal in a column not marked `amount`.
// Keys: `tables` (optional), `problems` (optional: which of blank, placeholder, text,
// negative, decimal the rule reports; all of them by default), `per` (optional: `cell`,
// one finding per cell, the default; `table`, one per table at its first such cell).
// Message values: {table} {table_name} {row} {column} (template labels; table 四's
// column group as {row}) {cell} (“row”行“column”列, or “group·column”列) {raw} (the
// cell as written) {problem} (built-in zh/en text) {count} (cells, with `per: table`).
#include <algorithm>
#include <cmath>
#include <utility>

#include <fmt/format.h>

#include "model/analysis.h"
#include "packs/message_template.h"
#include "packs/rule_kind.h"
#include "packs/table_pack_rule.h"
#include "packs/table_rule_support.h"

namespace gklint {
namespace {

enum class Problem { Blank, Placeholder, Text, Negative, Decimal };

constexpr std::pair<std::string_view, Problem> kProblems[] = {{"blank", Problem::Blank},
                                                              {"placeholder", Problem::Placeholder},
                                                              {"text", Problem::Text},
                                                              {"negative", Problem::Negative},
                                                              {"decimal", Problem::Decimal}};

std::vector<Problem> read_problems(PackRuleDefinition& def) {
    std::vector<Problem> out;
    if (!def.node["problems"]) {
        for (const auto& [name, p] : kProblems) out.push_back(p);
        return out;
    }
    for (const auto& name : def.file.string_list(def.node["problems"], "problems")) {
        auto it = std::find_if(std::begin(kProblems), std::end(kProblems), [&](const auto& k) { return k.first == name; });
        if (it == std::end(kProblems))
            def.file.fail(def.node["problems"],
                          fmt::format("unknown cell problem '{}' (blank, placeholder, text, negative, decimal)", name));
        out.push_back(it->second);
    }
    return out;
}

std::string read_per(PackRuleDefinition& def) {
    if (!def.node["per"]) return "cell";
    std::string per = def.file.scalar(def.node["per"], "per");
    if (per != "cell" && per != "table") def.file.fail(def.node["per"], "'per' is 'cell' or 'table'");
    return per;
}

class CellValuesRule final : public TablePackRule {
public:
    CellValuesRule(PackRuleDefinition& def, std::vector<Problem> problems, bool per_table)
        : TablePackRule(def), problems_(std::move(problems)), per_table_(per_table) {}

    void check(CheckContext& ctx) const override {
        const ReportTemplate* tmpl = ctx.analysis.tmpl();
        bool en = ctx.language == Language::En;
        for (const Table* t : tables(ctx)) {
            const Table& table = *t;
            const TemplateTable* ttable = tmpl ? tmpl->table(table.key) : nullptr;
            // Rows not read completely (values missing, digits run together) are left to
            // the shape and unparsable rules: their cells may not be what was written.
            std::vector<std::pair<std::string, std::string>> incomplete;
            for (const auto& cell : table.cells)
                if (cell.kind == CellKind::Missing) incomplete.emplace_back(cell.block, cell.row);
            std::vector<Flagged> flagged;
            for (const auto& cell : table.cells) {
                if (cell.row.empty() || cell.column.empty()) continue;
                if (std::find(incomplete.begin(), incomplete.end(), std::make_pair(cell.block, cell.row)) !=
                    incomplete.end())
                    continue;
                const TemplateLabel* column = find_template_label(ttable, cell.block, cell.column);
                std::string problem;
                auto flag = [&](Problem p, std::string text) {
                    if (std::find(problems_.begin(), problems_.end(), p) != problems_.end()) problem = std::move(text);
                };
                switch (cell.kind) {
                    case CellKind::Missing: continue;  // a shape problem
                    case CellKind::Blank: flag(Problem::Blank, en ? "the cell is blank (write 0)" : "单元格为空（应填0）"); break;
                    case CellKind::Placeholder:
                        flag(Problem::Placeholder, en ? fmt::format("“{}” is a placeholder, not a number (write 0)", cell.raw)
                                                      : fmt::format("“{}”是占位符而不是数字（应填0）", cell.raw));
                        break;
                    case CellKind::Text:
                        flag(Problem::Text, en ? fmt::format("“{}” is not a number", cell.raw)
                                               : fmt::format("“{}”不是数字", cell.raw));
                        break;
                    case CellKind::Number: {
                        if (!cell.value) continue;
                        double v = *cell.value;
                        if (v < 0 && !(column && column->signed_values))
                            flag(Problem::Negative,
                                 en ? fmt::format("negative value “{}” in a column that cannot be negative", cell.raw)
                                    : fmt::format("负数“{}”，该列不能为负", cell.raw));
                        else if (std::fabs(v - std::round(v)) > 1e-9 && !(column && column->amount))
                            flag(Problem::Decimal, en ? fmt::format("“{}” is not a whole number; the column counts items", cell.raw)
                                                      : fmt::format("“{}”不是整数，该列为件数", cell.raw));
                        break;
                    }
                }
                if (problem.empty()) continue;
                const TemplateLabel* row = find_template_label(ttable, cell.block, cell.row);
                Flagged f{&cell, row ? row->label : cell.row, column ? column->label : cell.column, {}, problem};
                // Table 四 has one row of values under groups of columns: name the group instead.
                auto dot = cell.column.find('.');
                std::string group = !row && dot != std::string::npos ? find_group_label(ttable, cell.column.substr(0, dot)) : "";
                if (!group.empty()) {
                    f.row = group;
                    f.name = en ? fmt::format("column “{} · {}”", group, f.column) : fmt::format("“{}·{}”列", group, f.column);
                } else {
                    f.name = en ? fmt::format("row “{}”, column “{}”", f.row, f.column)
                                : fmt::format("“{}”行“{}”列", f.row, f.column);
                }
                flagged.push_back(std::move(f));
            }
            if (flagged.empty()) continue;
            if (!per_table_) {
                for (const auto& f : flagged)
                    report(ctx, table, f.cell->range,
                           {{"row", f.row}, {"column", f.column}, {"cell", f.name}, {"raw", f.cell->raw}, {"problem", f.problem}});
            } else {
                report_table(ctx, table, flagged);
            }
            flagged.clear();
        }
    }

private:
    struct Flagged {
        const Cell* cell;
        std::string row, column, name, problem;  // name: “row”行“column”列
    };

    // One finding for the table: at its first such cell, a note per other row naming
    // its columns, and (blank cells of plain text only) a suggestion writing 0 in each.
    void report_table(CheckContext& ctx, const Table& table, const std::vector<Flagged>& flagged) const {
        const bool en = ctx.language == Language::En;
        const Flagged& first = flagged.front();
        Diagnostic& d = report(ctx, table, first.cell->range,
                               {{"row", first.row},
                                {"column", first.column},
                                {"cell", first.name},
                                {"raw", first.cell->raw},
                                {"problem", first.problem},
                                {"count", std::to_string(flagged.size())}});
        for (std::size_t i = 0; i < flagged.size();) {
            std::size_t j = i;
            std::string columns;
            for (; j < flagged.size() && flagged[j].cell->block == flagged[i].cell->block &&
                   flagged[j].cell->row == flagged[i].cell->row;
                 ++j)
                columns += (columns.empty() ? "" : en ? ", " : "、") + flagged[j].column;
            bool group = flagged[i].name.find(flagged[i].row + (en ? " · " : "·")) != std::string::npos;
            d.notes.push_back({flagged[i].cell->range,
                               en ? fmt::format("{} “{}”: {}", group ? "group" : "row", flagged[i].row, columns)
                                  : fmt::format("“{}”{}：{}", flagged[i].row, group ? "" : "行", columns)});
            i = j;
        }
        const bool insertable = std::all_of(flagged.begin(), flagged.end(), [](const Flagged& f) {
            return f.cell->kind == CellKind::Blank && f.cell->range.begin == f.cell->range.end;
        });
        std::string_view text = ctx.document.text();
        if (!insertable || flagged.back().cell->range.end > text.size()) return;
        TextRange span{first.cell->range.begin, flagged.back().cell->range.end};
        if (span.end < span.begin) return;
        std::string replacement;
        std::size_t at = span.begin;
        for (const auto& f : flagged) {
            if (f.cell->range.begin < at) return;  // out of document order: leave it to the reader
            replacement.append(text.substr(at, f.cell->range.begin - at));
            replacement += "0";
            at = f.cell->range.begin;
        }
        d.fix = Fix{span, replacement, /*safe=*/false,
                    en ? fmt::format("writing 0 in the {} blank cell(s)", flagged.size())
                       : fmt::format("在这{}个空白单元格中填写0", flagged.size())};
    }

    std::vector<Problem> problems_;
    bool per_table_;
};

}  // namespace

std::unique_ptr<Rule> make_cell_values_rule(PackRuleDefinition& def) {
    // One finding per table for blank cells carries the suggestion that writes their zeros.
    auto problems = read_problems(def);
    const bool per_table = read_per(def) == "table";
    def.meta.fixable = per_table && std::find(problems.begin(), problems.end(), Problem::Blank) != problems.end();
    return std::make_unique<CellValuesRule>(def, std::move(problems), per_table);
}

}  // namespace gklint
