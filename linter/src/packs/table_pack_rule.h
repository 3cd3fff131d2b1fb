#pragma once
// Base of the table rule kinds (table-shape, table-labels, cell-values, table-problems,
// amount-unit, equation, cell-condition): the rule's metadata and message, the tables it
// looks at — `tables` (a list, optional: every table) or, for the kinds whose cell names
// belong to one table, `table` (required) — and reporting with {table} and {table_name}
// filled in.
#include <memory>
#include <string>
#include <vector>

#include "core/rule.h"
#include "model/report_model.h"
#include "packs/message_template.h"
#include "packs/rule_kind.h"

namespace gklint {

class TablePackRule : public Rule {
public:
    enum class Selection { Tables, OneTable };
    explicit TablePackRule(PackRuleDefinition& def, Selection selection = Selection::Tables);

    const RuleMeta& meta() const override { return meta_; }

protected:
    // Tables of the model this rule looks at (selected by `tables`; only those present
    // in the report unless `absent_too`).
    std::vector<const Table*> tables(const CheckContext& ctx, bool absent_too = false) const;
    // A diagnostic at `range` with the rule's message (or `message`); `values` get {table}
    // and {table_name}.
    Diagnostic& report(CheckContext& ctx, const Table& table, TextRange range, TemplateValues values,
                       const LocalizedText* message = nullptr) const;

private:
    RuleMeta meta_;
    LocalizedText message_;
    std::vector<std::string> tables_;
};

template <class R>
std::unique_ptr<Rule> make_table_pack_rule(PackRuleDefinition& def) {
    return std::make_unique<R>(def);
}

}  // namespace gklint
