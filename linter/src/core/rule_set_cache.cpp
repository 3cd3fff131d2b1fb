#include "core/rule_set_cache.h"

#include <algorithm>

namespace gklint {

bool same_rules(const std::vector<EnabledRule>& a, const std::vector<EnabledRule>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const EnabledRule& x, const EnabledRule& y) {
        return x.rule == y.rule && x.severity == y.severity && x.options == y.options;
    });
}

SharedRules RuleSetCache::intern(std::vector<EnabledRule>&& rules) {
    for (const auto& set : sets_)
        if (same_rules(*set, rules)) return set;
    return sets_.emplace_back(std::make_shared<const std::vector<EnabledRule>>(std::move(rules)));
}

}  // namespace gklint
