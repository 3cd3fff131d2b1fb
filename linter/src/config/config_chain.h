#pragma once
// Reads configuration files and expands their `extends`: built-in profiles,
// other configuration files (applied before the file that extends them) and
// rule packs.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "config/config_file.h"

namespace gklint {

// A configuration file with everything it extends, in application order.
struct ConfigChain {
    std::vector<std::shared_ptr<const ConfigFile>> layers;  // extended files first, the file itself last
    std::vector<std::string> packs;                         // absolute, in the order first named
};

class ConfigLoader {
public:
    // `defaults_dir` holds default.yaml and profiles/NAME.yaml ("gklint:NAME").
    explicit ConfigLoader(std::string defaults_dir);

    // The file alone, parsed once. Throws LocatedError.
    const ConfigFile& file(const std::string& path);
    // The file and what it extends, expanded once. Throws LocatedError (also for
    // an unknown profile, a missing file or a cycle, at the `extends` entry).
    const ConfigChain& chain(const std::string& path);

    std::string default_config_path() const;

private:
    std::string resolve_entry(const ConfigFile& from, const ExtendsEntry& entry) const;
    [[noreturn]] void fail_cycle(const ConfigFile& from, const ExtendsEntry& entry, const std::string& target) const;

    std::string defaults_dir_;
    std::map<std::string, std::shared_ptr<const ConfigFile>> files_;
    std::map<std::string, ConfigChain> chains_;
    std::vector<std::string> expanding_;  // files whose chain is being built: cycle detection
};

}  // namespace gklint
