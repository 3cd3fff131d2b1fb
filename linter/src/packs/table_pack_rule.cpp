#include "packs/table_pack_rule.h"

#include "model/analysis.h"
#include "packs/table_rule_support.h"

namespace gklint {

TablePackRule::TablePackRule(PackRuleDefinition& def)
    : meta_(std::move(def.meta)),
      message_(std::move(def.message)),
      tables_(read_table_keys(def.file, def.node, "tables")) {}

std::vector<const Table*> TablePackRule::tables(const CheckContext& ctx, bool absent_too) const {
    std::vector<const Table*> out;
    for (const auto& table : ctx.analysis.model().tables)
        if ((table.present || absent_too) && table_selected(tables_, table.key)) out.push_back(&table);
    return out;
}

Diagnostic& TablePackRule::report(CheckContext& ctx, const Table& table, TextRange range,
                                  TemplateValues values) const {
    values.emplace("table", table.key);
    values.emplace("table_name", table_title(table, ctx.language));
    Diagnostic d;
    d.range = range;
    d.message = expand_template(message_.in(ctx.language), values);
    ctx.out.push_back(std::move(d));
    return ctx.out.back();
}

}  // namespace gklint
