// kind: table-problems — report what the report model could not read in the
// statistics tables (rows not found, digits that cannot be split), where reading
// stopped. Message values: {table} (its key), {table_name} (as messages name it),
// {problem} (what went wrong).
#include "model/analysis.h"
#include "packs/message_template.h"
#include "packs/rule_kind.h"
#include "packs/table_pack_rule.h"

namespace gklint {
namespace {

class TableProblemsRule final : public TablePackRule {
public:
    using TablePackRule::TablePackRule;

    void check(CheckContext& ctx) const override {
        for (const Table* table : tables(ctx, /*absent_too=*/true))
            for (const auto& problem : table->problems)
                report(ctx, *table, problem.range,
                       {{"problem", ctx.language == Language::En ? problem.message_en : problem.message_zh}});
    }
};

}  // namespace

std::unique_ptr<Rule> make_table_problems_rule(PackRuleDefinition& def) {
    return make_table_pack_rule<TableProblemsRule>(def);
}

}  // namespace gklint
