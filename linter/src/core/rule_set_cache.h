#pragma once
// Files that enable the same rules with the same options share one list of them, so
// that a run over thousands of files holds a handful of lists, not one per file.
#include <memory>
#include <vector>

#include "core/runner.h"

namespace gklint {

using SharedRules = std::shared_ptr<const std::vector<EnabledRule>>;

bool same_rules(const std::vector<EnabledRule>& a, const std::vector<EnabledRule>& b);

class RuleSetCache {
public:
    // The list equal to `rules` that was interned before, or `rules` itself, now shared.
    SharedRules intern(std::vector<EnabledRule>&& rules);

private:
    std::vector<SharedRules> sets_;
};

}  // namespace gklint
