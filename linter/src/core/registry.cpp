#include "core/registry.h"

#include <fmt/format.h>

namespace gklint {

bool is_valid_rule_id(std::string_view id) {
    auto slash = id.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 == id.size()) return false;
    if (id.find('/', slash + 1) != std::string_view::npos) return false;
    char previous = '/';
    for (char c : id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '/';
        if (!ok) return false;
        if (c == '-' && (previous == '-' || previous == '/')) return false;
        previous = c;
    }
    return previous != '-';
}

void RuleRegistry::add(std::unique_ptr<Rule> rule) {
    const RuleMeta& meta = rule->meta();
    if (!is_valid_rule_id(meta.id))
        throw RegistryError(fmt::format("invalid rule id '{}' (from {}): expected category/kebab-name",
                                        meta.id, meta.origin));
    auto it = rules_.find(meta.id);
    if (it != rules_.end())
        throw RegistryError(fmt::format("rule '{}' from {} is already defined by {}", meta.id,
                                        meta.origin, it->second->meta().origin));
    std::string id = meta.id;
    rules_.emplace(std::move(id), std::move(rule));
}

const Rule* RuleRegistry::find(std::string_view id) const {
    auto it = rules_.find(id);
    return it == rules_.end() ? nullptr : it->second.get();
}

std::vector<const Rule*> RuleRegistry::all() const {
    std::vector<const Rule*> out;
    out.reserve(rules_.size());
    for (const auto& [id, rule] : rules_) out.push_back(rule.get());
    return out;
}

}  // namespace gklint
