#pragma once
// Every rule known to one run: from YAML packs and from plugins.
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/rule.h"

namespace gklint {

class RegistryError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class RuleRegistry {
public:
    // Throws RegistryError for a malformed or duplicate id.
    void add(std::unique_ptr<Rule> rule);
    const Rule* find(std::string_view id) const;
    // Sorted by id.
    std::vector<const Rule*> all() const;
    std::size_t size() const { return rules_.size(); }

private:
    std::map<std::string, std::unique_ptr<Rule>, std::less<>> rules_;
};

}  // namespace gklint
