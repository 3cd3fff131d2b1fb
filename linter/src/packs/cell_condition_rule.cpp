// kind: cell-condition — implications between cells of one statistics table:
// "when the cells satisfy A, they must satisfy B" (plausibility heuristics). The
// conditions are data; the engine only evaluates them.
//
//   table: proactive
//   conditions:
//     - when: item1.normative.made > 0          # optional: without it, `then` always applies
//       then: item1.normative.published > 0
//       agency: "(镇|乡|街道)"                   # optional: only for a reporting body matching this
//       message: {zh: "…", en: "…"}             # optional: replaces the rule's message
//
// Cells are addressed as "<block>.<row>.<column>" (table 二) or "<row>.<column>";
// both sides are relations of `packs/cell_equation.h` ("row.*" sums a row's cells).
// A condition is evaluated only when every cell it names is present and a number, in
// a row read completely, and the table was read completely. Reported at the first
// cell of `then` with a value other than 0 (else its first cell), with a note at each
// other cell and at the reporting body when `agency` applies.
// Message values: {table} {table_name} {when} {then} (cells with their values:
// "规范性文件“本年新公开数量”=0"), {agency}.
#include <algorithm>
#include <memory>
#include <optional>
#include <stdexcept>
#include <utility>

#include <fmt/format.h>

#include "model/analysis.h"
#include "packs/cell_equation.h"
#include "packs/icu_regex.h"
#include "packs/message_template.h"
#include "packs/rule_kind.h"
#include "packs/table_pack_rule.h"
#include "packs/table_rule_support.h"

namespace gklint {
namespace {

struct Condition {
    std::optional<CellEquation> when;
    CellEquation then;
    std::shared_ptr<const IcuRegex> agency;
    std::optional<LocalizedText> message;
};

class CellConditionRule final : public TablePackRule {
public:
    CellConditionRule(PackRuleDefinition& def, std::vector<Condition> conditions)
        : TablePackRule(def, Selection::OneTable), conditions_(std::move(conditions)) {}

    void check(CheckContext& ctx) const override {
        for (const Table* table : tables(ctx))
            if (table->parsed) check_table(ctx, *table);
    }

private:
    void check_table(CheckContext& ctx, const Table& t) const {
        const Table* table = &t;
        const ReportModel& model = ctx.analysis.model();
        const ReportTemplate* tmpl = ctx.analysis.tmpl();
        const TemplateTable* ttable = tmpl ? tmpl->table(table->key) : nullptr;

        std::vector<std::string> paths;
        for (const auto& cell : table->cells)
            if (!cell.row.empty() && !cell.column.empty()) paths.push_back(cell_path(cell));
        RowKeys misread = misread_rows(*table);
        auto find = [&](const std::string& path) -> const Cell* {
            for (const auto& cell : table->cells)
                if (!cell.row.empty() && !cell.column.empty() && cell_path(cell) == path) return &cell;
            return nullptr;
        };
        auto lookup = [&](const std::string& path) -> std::optional<double> {
            const Cell* c = find(path);
            if (!c || in_rows(misread, *c)) return std::nullopt;
            return c->number();
        };
        auto agency = report_agency(model);

        for (const auto& cond : conditions_) {
            if (cond.agency && (!agency || !matches(*cond.agency, agency->name))) continue;
            if (cond.when) {
                auto ev = cond.when->evaluate(paths, lookup, 1e-9);
                if (!ev.assessable || !ev.holds) continue;
            }
            auto ev = cond.then.evaluate(paths, lookup, 1e-9);
            if (!ev.assessable || ev.holds) continue;

            auto then_cells = cells_of(cond.then, paths, find);
            auto when_cells = cond.when ? cells_of(*cond.when, paths, find) : std::vector<const Cell*>{};
            if (then_cells.empty()) continue;
            const Cell* at = then_cells.front();
            for (const Cell* c : then_cells)
                if (c->value.value_or(0) != 0) {
                    at = c;
                    break;
                }
            auto listing = [&](const std::vector<const Cell*>& cells) {
                std::string out;
                for (const Cell* c : cells)
                    out += (out.empty() ? "" : (ctx.language == Language::En ? ", " : "，")) +
                           value_text(ttable, *c, ctx.language);
                return out;
            };
            TemplateValues values{{"when", listing(when_cells)},
                                  {"then", listing(then_cells)},
                                  {"agency", agency ? agency->name : std::string()}};
            Diagnostic& d = report(ctx, *table, at->range, std::move(values), cond.message ? &*cond.message : nullptr);
            for (const auto* side : {&when_cells, &then_cells})
                for (const Cell* c : *side)
                    if (c != at) d.notes.push_back({c->range, value_text(ttable, *c, ctx.language)});
            if (cond.agency && agency)
                d.notes.push_back({agency->range, fmt::format(fmt::runtime(ctx.language == Language::En ? "reporting body: {}"
                                                                                                        : "报告机关：{}"),
                                                              agency->name)});
        }
    }

    static bool matches(const IcuRegex& regex, const std::string& text) {
        bool found = false;
        regex.for_each_match(text, [&](const RegexMatch&) { found = true; });
        return found;
    }

    template <typename Find>
    static std::vector<const Cell*> cells_of(const CellEquation& eq, const std::vector<std::string>& paths,
                                             const Find& find) {
        std::vector<const Cell*> out;
        for (const auto* side : {&eq.left(), &eq.right()})
            for (const auto& term : *side)
                for (const auto& path : eq.expand(term, paths))
                    if (const Cell* c = find(path); c && std::find(out.begin(), out.end(), c) == out.end())
                        out.push_back(c);
        return out;
    }

    static std::string value_text(const TemplateTable* ttable, const Cell& cell, Language language) {
        return fmt::format(fmt::runtime(language == Language::En ? "{} = {}" : "{}={}"), cell_name(ttable, cell, language),
                           format_value(cell.value.value_or(0)));
    }

    std::vector<Condition> conditions_;
};

CellEquation parse_relation(const YamlFile& f, const YAML::Node& node, std::string_view what) {
    try {
        return CellEquation::parse(f.scalar(node, what));
    } catch (const std::invalid_argument& e) {
        f.fail(node, e.what());
    }
}

}  // namespace

std::unique_ptr<Rule> make_cell_condition_rule(PackRuleDefinition& def) {
    const auto& f = def.file;
    const auto& n = def.node;
    const YAML::Node& list = n["conditions"];
    if (!list || !list.IsSequence() || list.size() == 0) f.fail(n, "a cell-condition rule needs a 'conditions' list");
    std::vector<Condition> conditions;
    for (const auto& c : list) {
        f.require_map(c, "a condition");
        f.check_keys(c, {"when", "then", "agency", "message"}, "a condition");
        if (!c["then"]) f.fail(c, "a condition needs 'then'");
        Condition cond{std::nullopt, parse_relation(f, c["then"], "then"), nullptr, std::nullopt};
        if (c["when"]) cond.when = parse_relation(f, c["when"], "when");
        if (c["agency"]) {
            try {
                cond.agency = std::make_shared<const IcuRegex>(f.scalar(c["agency"], "agency"));
            } catch (const std::invalid_argument& e) {
                f.fail(c["agency"], e.what());
            }
        }
        if (c["message"]) cond.message = f.localized(c["message"], "message");
        conditions.push_back(std::move(cond));
    }
    return std::make_unique<CellConditionRule>(def, std::move(conditions));
}

}  // namespace gklint
