#include "packs/rule_kind.h"

namespace gklint {

const std::vector<RuleKind>& rule_kinds() {
    static const std::vector<RuleKind> kinds{
        {"existence", {"tokens", "ignorecase", "exceptions", "replacement", "safe"}, make_existence_rule},
        {"substitution", {"swap", "ignorecase", "exceptions", "safe"}, make_substitution_rule},
        {"table-problems", {"tables"}, make_table_problems_rule},
    };
    return kinds;
}

const RuleKind* find_rule_kind(std::string_view name) {
    for (const auto& kind : rule_kinds())
        if (kind.name == name) return &kind;
    return nullptr;
}

}  // namespace gklint
