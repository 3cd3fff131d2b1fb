#include "packs/rule_kind.h"

namespace gklint {

const std::vector<RuleKind>& rule_kinds() {
    static const std::vector<RuleKind> kinds{
        {"existence", {"tokens", "ignorecase", "exceptions", "replacement", "safe", "normalized"}, make_existence_rule},
        {"substitution", {"swap", "ignorecase", "exceptions", "safe", "normalized"}, make_substitution_rule},
        {"table-problems", {"tables"}, make_table_problems_rule},
        {"repetition", {"script", "min", "max", "exceptions", "tables"}, make_repetition_rule},
        {"pair-balance", {"pairs", "tables", "carry"}, make_pair_balance_rule},
        {"report-fact", {"fact", "min"}, make_report_fact_rule},
        {"equation", {"table", "for_each", "equation", "template_sums", "tolerance", "not_comparable"}, make_equation_rule},
        {"table-shape", {"tables"}, make_table_shape_rule},
        {"table-labels", {"tables", "split_message"}, make_table_labels_rule},
        {"cell-values", {"tables", "problems", "per"}, make_cell_values_rule},
        {"cell-condition", {"table", "conditions"}, make_cell_condition_rule},
        {"amount-unit", {"tables", "units", "assume", "averages", "max_average", "zero_values"}, make_amount_unit_rule},
    };
    return kinds;
}

const RuleKind* find_rule_kind(std::string_view name) {
    for (const auto& kind : rule_kinds())
        if (kind.name == name) return &kind;
    return nullptr;
}

}  // namespace gklint
