#include "packs/table_pack_rule.h"

#include "model/analysis.h"
#include "packs/table_rule_support.h"

namespace gklint {

namespace {

std::vector<std::string> selected_tables(PackRuleDefinition& def, TablePackRule::Selection selection) {
    if (selection == TablePackRule::Selection::Tables) return read_table_keys(def.file, def.node, "tables");
    if (!def.node["table"]) def.file.fail(def.node, "a rule of kind '" + def.file.scalar(def.node["kind"], "kind") +
                                                        "' needs 'table' (the statistics table its cells belong to)");
    return {def.file.scalar(def.node["table"], "table")};
}

}  // namespace

TablePackRule::TablePackRule(PackRuleDefinition& def, Selection selection)
    : meta_(std::move(def.meta)), message_(std::move(def.message)), tables_(selected_tables(def, selection)) {}

std::vector<const Table*> TablePackRule::tables(const CheckContext& ctx, bool absent_too) const {
    std::vector<const Table*> out;
    for (const auto& table : ctx.analysis.model().tables)
        if ((table.present || absent_too) && table_selected(tables_, table.key)) out.push_back(&table);
    return out;
}

Diagnostic& TablePackRule::report(CheckContext& ctx, const Table& table, TextRange range, TemplateValues values,
                                  const LocalizedText* message) const {
    values.emplace("table", table.key);
    values.emplace("table_name", table_title(table, ctx.language));
    Diagnostic d;
    d.range = range;
    d.message = expand_template((message ? *message : message_).in(ctx.language), values);
    ctx.out.push_back(std::move(d));
    return ctx.out.back();
}

}  // namespace gklint
