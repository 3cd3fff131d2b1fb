// kind: table-problems — report what the report model could not read in the
// statistics tables (rows not found, digits that cannot be split), where reading
// stopped. Message values: {table} (its key), {table_name} (as messages name it),
// {problem} (what went wrong).
#include <algorithm>

#include "model/analysis.h"
#include "packs/message_template.h"
#include "packs/rule_kind.h"

namespace gklint {
namespace {

class TableProblemsRule final : public Rule {
public:
    TableProblemsRule(RuleMeta meta, LocalizedText message, std::vector<std::string> tables)
        : meta_(std::move(meta)), message_(std::move(message)), tables_(std::move(tables)) {}

    const RuleMeta& meta() const override { return meta_; }

    void check(CheckContext& ctx) const override {
        for (const auto& table : ctx.analysis.model().tables) {
            if (!tables_.empty() && std::find(tables_.begin(), tables_.end(), table.key) == tables_.end()) continue;
            for (const auto& problem : table.problems) {
                TemplateValues values{{"table", table.key},
                                      {"table_name", ctx.language == Language::En ? table.title_en : table.title_zh},
                                      {"problem", ctx.language == Language::En ? problem.message_en : problem.message_zh}};
                Diagnostic d;
                d.range = problem.range;
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

std::unique_ptr<Rule> make_table_problems_rule(PackRuleDefinition& def) {
    std::vector<std::string> tables;
    if (def.node["tables"]) tables = def.file.string_list(def.node["tables"], "tables");
    return std::make_unique<TableProblemsRule>(std::move(def.meta), std::move(def.message), std::move(tables));
}

}  // namespace gklint
