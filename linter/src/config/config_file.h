#pragma once
// One configuration file as written: every key checked and parsed, paths made
// absolute. What it extends is resolved later (config_chain.h).
#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "yaml/yaml_util.h"

namespace gklint {

struct ExtendsEntry {
    std::string name;  // as written: "gklint:strict", "../base.yaml"
    std::size_t line = 0, column = 0;
};

struct ConfigFile {
    std::string path;  // absolute
    std::string dir;   // absolute
    bool root = false;
    std::vector<ExtendsEntry> extends;
    std::vector<RuleSetting> rules;
    std::vector<std::string> plugins;               // absolute plugin keys
    std::optional<std::vector<std::string>> files;  // anchored at dir; unset: not configured here
    std::vector<std::string> ignore;                // anchored at dir
    std::vector<Override> overrides;                // globs relative to dir
};

// Throws LocatedError naming the file, line and column of the offending key or value.
ConfigFile read_config_file(const YamlFile& yaml);

// A YAML file with a top-level `pack:` key is a rule pack, not a configuration.
bool is_rule_pack(const YamlFile& yaml);

}  // namespace gklint
