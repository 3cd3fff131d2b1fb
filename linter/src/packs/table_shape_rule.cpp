// kind: table-shape — rows whose number of value cells differs from the template's
// columns: values beyond the last column (reported at the first extra one) or
// values missing (reported where the row's values end). Keys: `tables` (optional).
// Message values: {table} {table_name} {row} (template label) {written} (values
// found) {expected} (columns of the template) {problem} (built-in zh/en text).
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "model/analysis.h"
#include "packs/message_template.h"
#include "packs/rule_kind.h"
#include "packs/table_rule_support.h"

namespace gklint {
namespace {

class TableShapeRule final : public Rule {
public:
    TableShapeRule(RuleMeta meta, LocalizedText message, std::vector<std::string> tables)
        : meta_(std::move(meta)), message_(std::move(message)), tables_(std::move(tables)) {}

    const RuleMeta& meta() const override { return meta_; }

    void check(CheckContext& ctx) const override {
        const ReportTemplate* tmpl = ctx.analysis.tmpl();
        bool en = ctx.language == Language::En;
        for (const auto& table : ctx.analysis.model().tables) {
            if (!table.present || !table_selected(tables_, table.key)) continue;
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
                TemplateValues values{{"table", table.key},
                                      {"table_name", table_title(table, ctx.language)},
                                      {"row", row_label},
                                      {"written", std::to_string(r.values)},
                                      {"expected", std::to_string(r.columns)},
                                      {"problem", problem}};
                Diagnostic d;
                d.range = (r.first_extra ? r.first_extra : r.first_missing)->range;
                d.message = expand_template(message_.in(ctx.language), values);
                ctx.out.push_back(std::move(d));
            }
        }
    }

private:
    RuleMeta meta_;
    LocalizedText message_;
    std::vector<std::string> tables_;
};

}  // namespace

std::unique_ptr<Rule> make_table_shape_rule(PackRuleDefinition& def) {
    auto tables = read_table_keys(def.file, def.node, "tables");
    return std::make_unique<TableShapeRule>(std::move(def.meta), std::move(def.message), std::move(tables));
}

}  // namespace gklint
