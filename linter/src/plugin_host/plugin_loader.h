#pragma once
// Loads plugins (shared libraries implementing gklint/plugin.h) with dlopen and
// registers their rules. Handles stay open for the loader's lifetime.
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/registry.h"

namespace gklint {

// A plugin that cannot be used: missing file, missing entry symbol, wrong ABI
// version, struct too small, bad rule declaration. what() names the file.
class PluginError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct LoadedPlugin {
    std::string path;  // absolute
    std::string name;
    std::string version;
    std::vector<std::string> rule_ids;
};

class PluginLoader {
public:
    PluginLoader();
    ~PluginLoader();
    PluginLoader(const PluginLoader&) = delete;
    PluginLoader& operator=(const PluginLoader&) = delete;

    // Loading the same path twice returns the first result without registering again.
    const LoadedPlugin& load(const std::string& path, RuleRegistry& registry, bool builtin = false);
    // Every *.so directly inside `directory`, in name order; a missing directory loads nothing.
    std::vector<LoadedPlugin> load_directory(const std::string& directory, RuleRegistry& registry,
                                             bool builtin = false);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace gklint
