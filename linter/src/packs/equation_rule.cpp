// kind: equation — a relation between named cells of one statistics table, checked
// for each column, each row or each column group of the table (Vale-like: the
// relation is data; the engine knows nothing of what it means).
//
//   table: requests
//   for_each: column            # column | row | group
//   equation: new + carried_over == handled_total + carried_forward
//   tolerance: 0                # optional, absolute
//
// or, instead of `equation`, `template_sums: true`: one equation per template column
// that declares `sum_of` (total == natural + … + other), for_each row.
// Terms are row keys (for_each column), column keys (for_each row) or the column
// keys inside a group (for_each group: cells "<group>.<column>"); `key*` sums every
// key with that prefix among the cells present. An equation is checked only when
// every cell it names is there and is a number (other rules report the rest).
// Reported at the first cell of the right side (at a blank cell of the relation when
// there is one: blank cells count as 0), with a note at each other term.
// Message values: {table} {table_name} {column} {row} {group} {left} {right}
// {left_terms} {right_terms} {relation} {equation}.
//
// Cross-year: a term `previous.<key>` is that key in last year's report of the same
// agency (Analysis::previous), same table and the same fixed column/row/group. Without
// a previous report the rule is silent. When this year's cells are there but last
// year's report does not have the keys (the other format version, a column with no
// counterpart), the relation is not comparable: one finding per table at information
// level with `not_comparable` as its message ({format} {previous_format}), never an
// error. The notes at last year's cells name that file and line.
#include <algorithm>
#include <optional>
#include <stdexcept>
#include <tuple>
#include <utility>

#include <fmt/format.h>

#include "core/document.h"
#include "model/analysis.h"
#include "packs/cell_equation.h"
#include "packs/message_template.h"
#include "packs/rule_kind.h"
#include "packs/table_pack_rule.h"
#include "packs/table_rule_support.h"

namespace gklint {
namespace {

enum class Scope { Column, Row, Group };

constexpr std::string_view kPrevious = "previous.";

bool is_previous(const std::string& key) { return key.compare(0, kPrevious.size(), kPrevious) == 0; }

bool uses_previous(const CellEquation& eq) {
    for (const auto* side : {&eq.left(), &eq.right()})
        for (const auto& t : *side)
            if (is_previous(t.key)) return true;
    return false;
}

struct Instance {
    std::string block, row, column, group;  // what is fixed for this evaluation
    std::vector<std::string> keys;          // the varying keys present, in order
};

class EquationRule final : public TablePackRule {
public:
    EquationRule(PackRuleDefinition& def, Scope scope, std::optional<CellEquation> equation, double tolerance,
                 std::optional<LocalizedText> not_comparable)
        : TablePackRule(def, Selection::OneTable),
          scope_(scope),
          equation_(std::move(equation)),
          tolerance_(tolerance),
          cross_year_(equation_ && uses_previous(*equation_)),
          not_comparable_(std::move(not_comparable)) {}

    void check(CheckContext& ctx) const override {
        if (cross_year_ && !ctx.analysis.previous()) return;
        for (const Table* table : tables(ctx)) check_table(ctx, *table);
    }

private:
    void check_table(CheckContext& ctx, const Table& table) const {
        // Rows the parser could not read (run-together digits with several splits, a
        // row not found) are left out of every relation that uses them; the others are
        // checked. table/unparsable reports those rows.
        auto unread = unread_rows(table);
        if (!unread) return;
        const ReportTemplate* tmpl = ctx.analysis.tmpl();
        const TemplateTable* ttable = tmpl ? tmpl->table(table.key) : nullptr;

        std::vector<CellEquation> equations;
        if (equation_) {
            equations.push_back(*equation_);
        } else if (ttable) {
            auto add = [&](const TemplateLabel& column) {
                if (column.sum_of.empty()) return;
                std::string text;
                for (const auto& part : column.sum_of) text += (text.empty() ? "" : " + ") + part;
                equations.push_back(CellEquation::parse(text + " == " + column.key));
            };
            for (const auto& c : ttable->columns) add(c);
            if (ttable->subtotal) add(*ttable->subtotal);
        }
        // Rows with values missing or beyond the template's columns were not read
        // cell for cell (table/shape reports them): equations over them are not checked.
        if (!cross_year_) {
            for (const auto& instance : instances(table, *unread))
                for (const auto& eq : equations) evaluate(ctx, table, ttable, instance, eq, *unread, nullptr);
            return;
        }
        const Analysis& previous = *ctx.analysis.previous();
        const Table* last = previous.model().table(table.key);
        std::optional<RowKeys> last_unread = last && last->present ? unread_rows(*last) : std::nullopt;
        if (!last_unread) return;  // last year's table is missing or unreadable: its own lint says so
        Previous prev{previous, *last, *last_unread};
        bool not_comparable = false;
        auto last_instances = instances(*last, *last_unread);
        for (auto instance : instances(table, *unread)) {
            for (const auto& li : last_instances)
                if (li.block == instance.block && li.row == instance.row && li.column == instance.column)
                    for (const auto& k : li.keys) instance.keys.push_back(std::string(kPrevious) + k);
            for (const auto& eq : equations) {
                auto state = evaluate(ctx, table, ttable, instance, eq, *unread, &prev);
                not_comparable = not_comparable || state == Outcome::NotComparable;
            }
        }
        if (not_comparable && not_comparable_) {
            auto version = [](const Analysis& a) {
                const std::string& v = a.model().format.version;
                return v.empty() ? std::string("?") : v;
            };
            TemplateValues values{{"format", version(ctx.analysis)},
                                  {"previous_format", version(previous)},
                                  {"previous_path", std::string(previous.document().path())}};
            const TextRange at = table.cells.empty() ? table.range : table.cells.front().range;
            report(ctx, table, at, std::move(values), &*not_comparable_).at_most = Severity::Info;
        }
    }

    struct Previous {
        const Analysis& analysis;
        const Table& table;
        const RowKeys& unread;
    };
    enum class Outcome { Holds, Fails, NotAssessable, NotComparable };

    // Each instance lists the varying keys present; for a column an unread row is
    // listed too, so that a sum over its rows ("withheld_*") is not assessable
    // instead of silently short.
    std::vector<Instance> instances(const Table& table, const RowKeys& unread) const {
        std::vector<Instance> out;
        auto find = [&](const std::string& block, const std::string& a, const std::string& b) -> Instance& {
            for (auto& i : out)
                if (i.block == block && i.row == a && i.column == b) return i;
            Instance i;
            i.block = block;
            i.row = a;
            i.column = b;
            out.push_back(std::move(i));
            return out.back();
        };
        for (const auto& cell : table.cells) {
            if (cell.row.empty() || cell.column.empty()) continue;
            Instance* inst = nullptr;
            std::string key;
            switch (scope_) {
                case Scope::Column:
                    inst = &find(cell.block, "", cell.column);
                    key = cell.row;
                    break;
                case Scope::Row:
                    inst = &find(cell.block, cell.row, "");
                    key = cell.column;
                    break;
                case Scope::Group: {
                    auto dot = cell.column.find('.');
                    if (dot == std::string::npos) continue;
                    std::string group = cell.column.substr(0, dot);
                    inst = &find(cell.block, cell.row, group);
                    inst->group = group;
                    key = cell.column.substr(dot + 1);
                    break;
                }
            }
            if (std::find(inst->keys.begin(), inst->keys.end(), key) == inst->keys.end()) inst->keys.push_back(key);
        }
        if (scope_ == Scope::Column)
            for (auto& inst : out)
                for (const auto& [block, row] : unread)
                    if (block == inst.block && std::find(inst.keys.begin(), inst.keys.end(), row) == inst.keys.end())
                        inst.keys.push_back(row);
        return out;
    }

    const Cell* cell_for(const Table& table, const Instance& inst, const std::string& key) const {
        switch (scope_) {
            case Scope::Column: return table.cell(inst.block, key, inst.column);
            case Scope::Row: return table.cell(inst.block, inst.row, key);
            case Scope::Group: return table.cell(inst.block, inst.row, inst.group + "." + key);
        }
        return nullptr;
    }

    // The template label of a varying key (rows for column scope, columns otherwise).
    const TemplateLabel* label_for(const TemplateTable* ttable, const Instance& inst, const std::string& key) const {
        return find_axis_label(ttable, inst.block, key, /*row=*/scope_ == Scope::Column);
    }

    std::string label_text(const TemplateTable* ttable, const Instance& inst, const std::string& key) const {
        if (auto* l = label_for(ttable, inst, key)) return l->label;
        return key;
    }

    // How a term is named: its label's short form; a prefix term by the parent its rows share.
    std::string term_name(const TemplateTable* ttable, const Instance& inst, const CellEquation::Term& term,
                          const std::vector<std::string>& expanded, bool full) const {
        if (term.key.empty()) return format_value(term.constant);
        auto name = [&](const std::string& key) {
            auto text = label_text(ttable, inst, key);
            return full ? text : short_label(text);
        };
        if (!term.prefix || expanded.size() == 1) return name(expanded.empty() ? term.key : expanded.front());
        std::string parent;
        for (const auto& k : expanded) {
            auto* l = label_for(ttable, inst, k);
            std::string p = l ? l->parent : std::string();
            if (p.empty() || (!parent.empty() && p != parent)) {
                parent.clear();
                break;
            }
            parent = p;
        }
        if (!parent.empty()) return name(parent);
        return term.key + "*";
    }

    // This year's cell for `key`, or last year's for `previous.<key>` (null without a previous report).
    const Cell* term_cell(const Table& table, const Instance& inst, const std::string& key, const RowKeys& unread,
                          const Previous* prev) const {
        const Cell* c = nullptr;
        if (!is_previous(key)) {
            c = cell_for(table, inst, key);
            return c && !in_rows(unread, *c) ? c : nullptr;
        }
        if (!prev) return nullptr;
        c = cell_for(prev->table, inst, key.substr(kPrevious.size()));
        return c && !in_rows(prev->unread, *c) ? c : nullptr;
    }

    Outcome evaluate(CheckContext& ctx, const Table& table, const TemplateTable* ttable, const Instance& inst,
                     const CellEquation& eq, const RowKeys& unread, const Previous* prev) const {
        auto lookup = [&](const std::string& key) -> std::optional<double> {
            const Cell* c = term_cell(table, inst, key, unread, prev);
            return c ? c->number() : std::nullopt;
        };
        auto ev = eq.evaluate(inst.keys, lookup, tolerance_ + 1e-9);
        if (!ev.assessable) {
            // Every cell of this year there, last year's keys absent from its table: the
            // two reports do not have the same columns.
            bool only_previous = !ev.missing.empty();
            for (const auto& k : ev.missing)
                if (!is_previous(k) || (prev && cell_for(prev->table, inst, k.substr(kPrevious.size())))) only_previous = false;
            return only_previous && prev ? Outcome::NotComparable : Outcome::NotAssessable;
        }
        if (ev.holds) return Outcome::Holds;

        bool en = ctx.language == Language::En;
        struct Part {
            std::string name, full;
            std::vector<const Cell*> cells;
            double value = 0;
            bool last_year = false;  // its cells are in last year's report
        };
        auto parts_of = [&](const std::vector<CellEquation::Term>& side, std::string& names) {
            std::vector<Part> parts;
            for (const auto& term : side) {
                auto expanded = eq.expand(term, inst.keys);
                Part p;
                p.last_year = is_previous(term.key);
                CellEquation::Term own = term;
                if (p.last_year) own.key = term.key.substr(kPrevious.size());
                std::vector<std::string> own_keys;
                for (const auto& k : expanded) own_keys.push_back(p.last_year ? k.substr(kPrevious.size()) : k);
                p.name = term_name(ttable, inst, own, own_keys, false);
                p.full = term_name(ttable, inst, own, own_keys, true);
                if (p.last_year) {
                    p.name = (en ? "last year's " : "上年") + p.name;
                    p.full = (en ? "last year's " : "上年") + p.full;
                }
                if (term.key.empty()) p.value = term.constant;
                for (const auto& k : expanded) {
                    if (const Cell* c = term_cell(table, inst, k, unread, prev)) {
                        p.cells.push_back(c);
                        p.value += c->number().value_or(0);
                    }
                }
                if (term.prefix && expanded.size() > 1) p.full += en ? " (sum of its rows)" : "（各项合计）";
                if (!names.empty() || term.sign < 0) names += term.sign < 0 ? "-" : "+";
                names += p.name;
                parts.push_back(std::move(p));
            }
            return parts;
        };
        std::string left_terms, right_terms;
        auto left = parts_of(eq.left(), left_terms);
        auto right = parts_of(eq.right(), right_terms);

        // A blank cell in a relation that fails (a blank 总计 beside non-zero parts) is
        // where the report is wrong, or at least where a reader must look first.
        auto blank_cell = [](const Part& p) -> const Cell* {
            if (p.last_year) return nullptr;
            for (const Cell* c : p.cells)
                if (c->kind == CellKind::Blank) return c;
            return nullptr;
        };
        auto all_blank = [](const Part& p) {
            return !p.cells.empty() && std::all_of(p.cells.begin(), p.cells.end(),
                                                   [](const Cell* c) { return c->kind == CellKind::Blank; });
        };
        const std::string blank_text = en ? "blank (read as 0)" : "空白（按0计）";
        auto shown = [&](const std::vector<Part>& side, double value) {
            return side.size() == 1 && all_blank(side.front()) ? blank_text : format_value(value);
        };
        // The first part, right side first, with a cell `pick` chooses. A cross-year
        // relation states this year's cell on its left: it is reported there.
        const bool left_first = prev != nullptr;
        auto first_part = [&](auto pick) -> std::pair<const Part*, const Cell*> {
            for (const auto* side : {left_first ? &left : &right, left_first ? &right : &left})
                for (const auto& p : *side)
                    if (const Cell* c = pick(p)) return {&p, c};
            return {nullptr, nullptr};
        };
        auto [at, at_cell] = first_part(blank_cell);
        if (!at)
            std::tie(at, at_cell) = first_part([](const Part& p) -> const Cell* {
                return p.cells.empty() || p.last_year ? nullptr : p.cells.front();
            });
        if (!at) return Outcome::Fails;

        TemplateValues values{{"left", shown(left, ev.left)},
                              {"right", shown(right, ev.right)},
                              {"left_terms", left_terms},
                              {"right_terms", right_terms},
                              {"relation", std::string(relation_symbol(eq.relation()))},
                              {"equation", eq.text()}};
        if (!inst.column.empty()) values["column"] = label_text_fixed(ttable, inst.block, inst.column, false);
        if (!inst.row.empty()) values["row"] = label_text_fixed(ttable, inst.block, inst.row, true);
        if (!inst.group.empty()) {
            std::string g = find_group_label(ttable, inst.group);
            values["group"] = g.empty() ? inst.group : g;
        }

        Diagnostic& d = report(ctx, table, at_cell->range, std::move(values));
        for (const auto* side : {&left, &right})
            for (const auto& p : *side) {
                if (&p == at || p.cells.empty()) continue;
                std::string text = fmt::format("{} = {}", p.full, all_blank(p) ? blank_text : format_value(p.value));
                if (!p.last_year) {
                    d.notes.push_back({p.cells.front()->range, std::move(text)});
                    continue;
                }
                const Document& last = prev->analysis.document();
                Position where = last.position(p.cells.front()->range.begin, ColumnUnit::CodePoint);
                ElsewherePlace place{last.path(), where.line, where.column};
                text = en ? fmt::format("{} ({}:{}:{})", text, place.path, place.line, place.column)
                          : fmt::format("{}（{} 第{}行第{}列）", text, place.path, place.line, place.column);
                d.notes.push_back({at_cell->range, std::move(text), std::move(place)});
            }
        return Outcome::Fails;
    }

    // The label of the fixed row or column of an instance.
    static std::string label_text_fixed(const TemplateTable* ttable, const std::string& block, const std::string& key,
                                        bool row) {
        const TemplateLabel* l = find_axis_label(ttable, block, key, row);
        return l ? l->label : key;
    }

    Scope scope_;
    std::optional<CellEquation> equation_;
    double tolerance_;
    bool cross_year_;
    std::optional<LocalizedText> not_comparable_;
};

}  // namespace

std::unique_ptr<Rule> make_equation_rule(PackRuleDefinition& def) {
    const auto& f = def.file;
    const auto& n = def.node;
    if (!n["for_each"]) f.fail(n, "an equation rule needs 'for_each' (column, row or group)");
    std::string each = f.scalar(n["for_each"], "for_each");
    Scope scope;
    if (each == "column") scope = Scope::Column;
    else if (each == "row") scope = Scope::Row;
    else if (each == "group") scope = Scope::Group;
    else f.fail(n["for_each"], "for_each must be column, row or group");
    bool template_sums = n["template_sums"] && f.boolean(n["template_sums"], "template_sums");
    if (template_sums == static_cast<bool>(n["equation"]))
        f.fail(n, "an equation rule needs exactly one of 'equation' and 'template_sums: true'");
    std::optional<CellEquation> equation;
    if (n["equation"]) {
        try {
            equation = CellEquation::parse(f.scalar(n["equation"], "equation"));
        } catch (const std::invalid_argument& e) {
            f.fail(n["equation"], e.what());
        }
    }
    double tolerance = 0;
    if (n["tolerance"]) {
        try {
            tolerance = std::stod(f.scalar(n["tolerance"], "tolerance"));
        } catch (const std::exception&) {
            f.fail(n["tolerance"], "tolerance must be a number");
        }
        if (tolerance < 0) f.fail(n["tolerance"], "tolerance must not be negative");
    }
    std::optional<LocalizedText> not_comparable;
    if (n["not_comparable"]) {
        if (!equation || !uses_previous(*equation))
            f.fail(n["not_comparable"], "'not_comparable' is for equations with previous.<key> terms");
        not_comparable = f.localized(n["not_comparable"], "not_comparable");
    }
    return std::make_unique<EquationRule>(def, scope, std::move(equation), tolerance, std::move(not_comparable));
}

}  // namespace gklint
