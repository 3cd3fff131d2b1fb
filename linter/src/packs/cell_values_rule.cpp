// kind: cell-values — value cells of the statistics tables that are not what the
// template's column takes: blank, a placeholder ("/", "—", "无"), text, a negative
// number in a column not marked `signed`, a decimal in a column not marked `amount`.
// Keys: `tables` (optional). Message values: {table} {table_name} {row} {column}
// (template labels) {raw} (the cell as written) {problem} (built-in zh/en text).
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

class CellValuesRule final : public TablePackRule {
public:
    using TablePackRule::TablePackRule;

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
            for (const auto& cell : table.cells) {
                if (cell.row.empty() || cell.column.empty()) continue;
                if (std::find(incomplete.begin(), incomplete.end(), std::make_pair(cell.block, cell.row)) !=
                    incomplete.end())
                    continue;
                const TemplateLabel* column = find_template_label(ttable, cell.block, cell.column);
                std::string problem;
                switch (cell.kind) {
                    case CellKind::Missing: continue;  // a shape problem
                    case CellKind::Blank: problem = en ? "the cell is blank" : "单元格为空"; break;
                    case CellKind::Placeholder:
                        problem = en ? fmt::format("“{}” is a placeholder, not a number (write 0)", cell.raw)
                                     : fmt::format("“{}”是占位符而不是数字（应填0）", cell.raw);
                        break;
                    case CellKind::Text:
                        problem = en ? fmt::format("“{}” is not a number", cell.raw)
                                     : fmt::format("“{}”不是数字", cell.raw);
                        break;
                    case CellKind::Number: {
                        if (!cell.value) continue;
                        double v = *cell.value;
                        if (v < 0 && !(column && column->signed_values))
                            problem = en ? fmt::format("negative value “{}” in a column that cannot be negative", cell.raw)
                                         : fmt::format("负数“{}”，该列不能为负", cell.raw);
                        else if (std::fabs(v - std::round(v)) > 1e-9 && !(column && column->amount))
                            problem = en ? fmt::format("“{}” is not a whole number; the column counts items", cell.raw)
                                         : fmt::format("“{}”不是整数，该列为件数", cell.raw);
                        break;
                    }
                }
                if (problem.empty()) continue;
                const TemplateLabel* row = find_template_label(ttable, cell.block, cell.row);
                report(ctx, table, cell.range,
                       {{"row", row ? row->label : cell.row},
                        {"column", column ? column->label : cell.column},
                        {"raw", cell.raw},
                        {"problem", problem}});
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_cell_values_rule(PackRuleDefinition& def) { return make_table_pack_rule<CellValuesRule>(def); }

}  // namespace gklint
