#pragma once
// Reads YAML rule packs (rules/*.yaml) into rules.
//
//   pack: text
//   description: …
//   rules:
//     - id: text/artifact
//       kind: existence
//       severity: warning
//       summary: {zh: …, en: …}
//       message: {zh: "…{match}…", en: "…"}
//       tokens: [...]
#include <memory>
#include <string>
#include <vector>

#include "core/registry.h"

namespace gklint {

struct LoadedPack {
    std::string name;
    std::string path;
    std::vector<std::string> rule_ids;
};

// Throws LocatedError for malformed packs, RegistryError for duplicate ids.
LoadedPack load_pack(const std::string& path, RuleRegistry& registry, bool builtin = false);

// Loads every *.yaml file directly inside `directory`, in name order.
std::vector<LoadedPack> load_pack_directory(const std::string& directory, RuleRegistry& registry,
                                            bool builtin = false);

}  // namespace gklint
