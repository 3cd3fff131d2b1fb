// kind: table-shape — rows whose number of value cells differs from the template's
// columns: values beyond the last column (reported at the first extra one) or
// values missing (reported where the row's values end). Keys: `tables` (optional).
// Message values: {table} {table_name} {row} (template label) {where} (“row”行, or
// nothing for table 四's unlabelled row) {written} (values found) {expected} (columns
// of the template) {problem} (built-in zh/en text).
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "model/analysis.h"
#include "packs/message_template.h"
#include "packs/rule_kind.h"
#include "packs/table_pack_rule.h"
#include "packs/table_rule_support.h"

namespace gklint {
namespace {

class TableShapeRule final : public TablePackRule {
public:
    using TablePackRule::TablePackRule;

    void check(CheckContext& ctx) const override {
        const ReportTemplate* tmpl = ctx.analysis.tmpl();
        bool en = ctx.language == Language::En;
        for (const Table* t : tables(ctx)) {
            const Table& table = *t;
            const TemplateTable* ttable = tmpl ? tmpl->table(table.key) : nullptr;
            struct RowShape {
                std::string block, row;
                std::size_t columns = 0, values = 0;
                const Cell* first_extra = nullptr;
                const Cell* first_missing = nullptr;
            };
            std::vector<RowShape> rows;
            for (const auto& cell : table.cells) {
                if (cell.row.empty()) continue;
                RowShape* r = nullptr;
                for (auto& x : rows)
                    if (x.block == cell.block && x.row == cell.row) r = &x;
                if (!r) {
                    rows.push_back({cell.block, cell.row});
                    r = &rows.back();
                }
                if (!cell.column.empty()) ++r->columns;
                if (cell.kind != CellKind::Missing) ++r->values;
                if (cell.column.empty() && !r->first_extra) r->first_extra = &cell;
                if (cell.kind == CellKind::Missing && !r->first_missing) r->first_missing = &cell;
            }
            for (const auto& r : rows) {
                if (!r.first_extra && !r.first_missing) continue;
                // Run-together digits that could not be split are table/unparsable's finding.
                if (!r.first_extra && table.layout == "run-together") continue;
                const TemplateLabel* label = find_template_label(ttable, r.block, r.row);
                std::string row_label = label ? label->label : r.row;
                // Table 四's one row of values has no label of its own: name no row.
                std::string where = !label ? std::string()
                                           : en ? fmt::format(", row “{}”", row_label) : fmt::format("“{}”行", row_label);
                std::string problem;
                if (r.first_extra)
                    problem = en ? fmt::format("{} values for {} columns; the extra value is not part of the template",
                                               r.values, r.columns)
                                 : fmt::format("有{}个数值，而模板该行只有{}列，多出的数值不属于任何一列", r.values,
                                               r.columns);
                else
                    problem = en ? fmt::format("{} values for {} columns; {} missing", r.values, r.columns,
                                               r.columns - r.values)
                                 : fmt::format("只有{}个数值，而模板该行有{}列，缺少{}个", r.values, r.columns,
                                               r.columns - r.values);
                report(ctx, table, (r.first_extra ? r.first_extra : r.first_missing)->range,
                       {{"row", row_label},
                        {"where", where},
                        {"written", std::to_string(r.values)},
                        {"expected", std::to_string(r.columns)},
                        {"problem", problem}});
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_table_shape_rule(PackRuleDefinition& def) { return make_table_pack_rule<TableShapeRule>(def); }

}  // namespace gklint
