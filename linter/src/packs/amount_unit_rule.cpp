// kind: amount-unit — the cells of amount columns (template columns marked `amount`):
// the unit must be written (in the column label, the rest of its cell, or the value),
// and an amount per item must be plausible.
//
//   tables: [proactive]
//   units: {亿元: 10000, 万元: 1, 元: 0.0001}   # unit → factor to the unit of max_average
//   assume: 万元                                 # how a figure without a unit is read
//   averages:                                   # amount / count pairs checked against max_average
//     - {amount: item9.procurement.amount, count: item9.procurement.projects}
//   max_average: 10000                          # default of the option of the same name
//   zero_values: false                          # default: a 0 needs no unit
//
// A missing unit is reported at the column label (a note at the value); an implausible
// average at the amount (notes at the count and the label), saying the unit is missing
// when it is. Options (configurable per report): max_average, zero_values.
// Message values: {table} {table_name} {row} {column} {raw} {problem} (built-in zh/en).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <variant>
#include <utility>

#include <fmt/format.h>

#include "model/analysis.h"
#include "packs/message_template.h"
#include "packs/rule_kind.h"
#include "packs/table_pack_rule.h"
#include "packs/table_rule_support.h"

namespace gklint {
namespace {

struct Average {
    std::string amount, count;  // cell paths
};

struct Unit {
    std::string text;
    double factor = 1;
};

class AmountUnitRule final : public TablePackRule {
public:
    AmountUnitRule(PackRuleDefinition& def, std::vector<Unit> units, std::string assume, std::vector<Average> averages)
        : TablePackRule(def), units_(std::move(units)), assume_(std::move(assume)), averages_(std::move(averages)) {}

    void check(CheckContext& ctx) const override {
        const ReportTemplate* tmpl = ctx.analysis.tmpl();
        if (!tmpl) return;
        std::string_view text = ctx.document.text();
        double max_average = number_option(ctx.options, "max_average", 0);
        bool zero_values = bool_option(ctx.options, "zero_values", false);
        bool en = ctx.language == Language::En;

        for (const Table* t : tables(ctx)) {
            const Table& table = *t;
            const TemplateTable* ttable = tmpl->table(table.key);
            RowKeys misread = misread_rows(table);
            for (const auto& cell : table.cells) {
                if (cell.row.empty() || cell.column.empty() || cell.kind != CellKind::Number || !cell.value) continue;
                if (in_rows(misread, cell)) continue;
                const TemplateLabel* column = find_template_label(ttable, cell.block, cell.column);
                if (!column || !column->amount) continue;

                const LabelMatch* label = written_column_label(table, cell);
                const Unit* unit = unit_in(cell.unit);
                if (!unit && label) unit = unit_in(label->written + std::string(rest_of_cell(text, label->range.end)));
                std::string problem;
                const Cell* count = nullptr;
                double average = 0;
                if (max_average > 0) {
                    for (const auto& a : averages_) {
                        if (a.amount != cell_path(cell)) continue;
                        count = find_cell(table, a.count);
                        if (!count || count->kind != CellKind::Number || !count->value || *count->value < 1 ||
                            in_rows(misread, *count))
                            count = nullptr;
                    }
                    if (count) {
                        const Unit* read_as = unit ? unit : unit_in(assume_);
                        average = *cell.value * (read_as ? read_as->factor : 1) / *count->value;
                        if (average <= max_average) count = nullptr;
                    }
                }
                bool no_unit = !unit && (zero_values || *cell.value != 0);
                if (!count && !no_unit) continue;

                std::string base = units_.empty() ? std::string() : unit_named(1.0);
                if (count) {
                    std::string n = format_value(*count->value), amount = cell.raw, avg = format_value(std::round(average));
                    if (unit)
                        problem = en ? fmt::format("{} {} for {} item(s) is {} {} per item on average, more than the "
                                                   "plausible {} {}; check the amount and its unit",
                                                   amount, unit->text, n, avg, base, format_value(max_average), base)
                                     : fmt::format("{}项合计{}{}，平均每项{}{}，超过合理上限{}{}，请核对金额及单位", n,
                                                   amount, unit->text, avg, base, format_value(max_average), base);
                    else
                        problem = en ? fmt::format("no unit is given, and read in {} the {} for {} item(s) is {} {} "
                                                   "per item on average, more than the plausible {} {}: the figure "
                                                   "is probably in another unit (元?); state the unit",
                                                   assume_, amount, n, avg, base, format_value(max_average), base)
                                     : fmt::format("未注明金额单位；若按{}计，{}项合计{}，平均每项{}{}，超过合理上限{}{}，"
                                                   "疑为按其他单位（如元）填报，请注明单位并核对",
                                                   assume_, n, amount, avg, base, format_value(max_average), base);
                } else {
                    problem = en ? fmt::format("the amount {} has no unit (neither in the column label nor in the "
                                               "cell); write e.g. “{}（单位：{}）”",
                                               cell.raw, short_label(column->label), assume_)
                                 : fmt::format("金额{}未注明单位（列名和单元格均无），应写明如“{}（单位：{}）”", cell.raw,
                                               short_label(column->label), assume_);
                }
                const TemplateLabel* row = find_template_label(ttable, cell.block, cell.row);
                Diagnostic& d = report(ctx, table, cell.range,
                                       {{"row", row ? row->label : cell.row},
                                        {"column", short_label(column->label)},
                                        {"raw", cell.raw},
                                        {"problem", problem}});
                std::string value_note = fmt::format(fmt::runtime(en ? "{} = {}" : "{}={}"), cell_name(ttable, cell, ctx.language), cell.raw);
                if (count) {
                    d.notes.push_back({count->range, fmt::format(fmt::runtime(en ? "{} = {}" : "{}={}"),
                                                                 cell_name(ttable, *count, ctx.language), count->raw)});
                    if (label) d.notes.push_back({label->range, en ? "the column label" : "列名"});
                } else if (label && label->range.end > label->range.begin) {
                    d.range = label->range;
                    d.notes.push_back({cell.range, value_note});
                }
            }
        }
    }

private:
    // The rest of a table cell after `pos`: up to a tab, '|', a line end or a wide gap.
    static std::string_view rest_of_cell(std::string_view text, std::size_t pos) {
        if (pos > text.size()) return {};
        std::size_t end = pos;
        while (end < text.size()) {
            char c = text[end];
            if (c == '\t' || c == '|' || c == '\n' || c == '\r') break;
            if (c == ' ' && end + 1 < text.size() && text[end + 1] == ' ') break;
            if (text.compare(end, 3, "\u3000") == 0) break;
            ++end;
        }
        return text.substr(pos, std::min<std::size_t>(end - pos, 120));
    }

    const Unit* unit_in(std::string_view s) const {
        const Unit* best = nullptr;  // the longest unit written ("万元" rather than "元")
        for (const auto& u : units_)
            if (!u.text.empty() && s.find(u.text) != std::string_view::npos && (!best || u.text.size() > best->text.size()))
                best = &u;
        return best;
    }

    std::string unit_named(double factor) const {
        for (const auto& u : units_)
            if (u.factor == factor) return u.text;
        return {};
    }

    static const Cell* find_cell(const Table& table, const std::string& path) {
        for (const auto& cell : table.cells)
            if (!cell.row.empty() && !cell.column.empty() && cell_path(cell) == path) return &cell;
        return nullptr;
    }

    static double number_option(const OptionMap& options, const std::string& name, double fallback) {
        auto it = options.find(name);
        if (it == options.end()) return fallback;
        if (auto* d = std::get_if<double>(&it->second)) return *d;
        if (auto* i = std::get_if<std::int64_t>(&it->second)) return static_cast<double>(*i);
        return fallback;
    }

    static bool bool_option(const OptionMap& options, const std::string& name, bool fallback) {
        auto it = options.find(name);
        if (it == options.end()) return fallback;
        if (auto* b = std::get_if<bool>(&it->second)) return *b;
        return fallback;
    }

    std::vector<Unit> units_;
    std::string assume_;
    std::vector<Average> averages_;
};

}  // namespace

std::unique_ptr<Rule> make_amount_unit_rule(PackRuleDefinition& def) {
    const auto& f = def.file;
    const auto& n = def.node;
    std::vector<Unit> units;
    if (!n["units"] || !n["units"].IsMap()) f.fail(n, "an amount-unit rule needs 'units' (unit: factor)");
    for (const auto& entry : n["units"]) {
        Unit u{entry.first.as<std::string>(), 0};
        try {
            u.factor = std::stod(f.scalar(entry.second, "units"));
        } catch (const std::exception&) {
            f.fail(entry.second, "a unit's factor must be a number");
        }
        if (u.text.empty() || !(u.factor > 0)) f.fail(entry.second, "a unit needs a name and a positive factor");
        units.push_back(std::move(u));
    }
    std::string assume = n["assume"] ? f.scalar(n["assume"], "assume") : units.front().text;
    if (std::none_of(units.begin(), units.end(), [&](const Unit& u) { return u.text == assume; }))
        f.fail(n["assume"], "'assume' must be one of the units");
    std::vector<Average> averages;
    if (n["averages"]) {
        if (!n["averages"].IsSequence()) f.fail(n["averages"], "'averages' must be a list");
        for (const auto& a : n["averages"]) {
            f.require_map(a, "an average");
            f.check_keys(a, {"amount", "count"}, "an average");
            if (!a["amount"] || !a["count"]) f.fail(a, "an average needs 'amount' and 'count' (cell paths)");
            averages.push_back({f.scalar(a["amount"], "amount"), f.scalar(a["count"], "count")});
        }
    }
    double max_average = 0;
    if (n["max_average"]) {
        try {
            max_average = std::stod(f.scalar(n["max_average"], "max_average"));
        } catch (const std::exception&) {
            f.fail(n["max_average"], "max_average must be a number");
        }
    }
    bool zero_values = n["zero_values"] && f.boolean(n["zero_values"], "zero_values");
    def.meta.options.push_back({"max_average", OptionType::Number, OptionValue{max_average},
                                "largest plausible amount per item, in the unit of factor 1 (0: no check)", {}});
    def.meta.options.push_back(
        {"zero_values", OptionType::Boolean, OptionValue{zero_values}, "also require a unit for amounts of 0", {}});
    return std::make_unique<AmountUnitRule>(def, std::move(units), std::move(assume), std::move(averages));
}

}  // namespace gklint
