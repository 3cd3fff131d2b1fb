#pragma once
// Merges expanded configuration chains into one EffectiveConfig, outermost first.
#include <string>

#include "config/config.h"
#include "config/config_chain.h"

namespace gklint {

// Include globs used when no layer sets `files`.
const std::vector<std::string>& default_file_globs();

class ConfigMerger {
public:
    explicit ConfigMerger(std::string base_dir);

    // Appends every layer of `chain`. Plugins it names go to plugin_paths when
    // `plugins_allowed`, to refused_plugins otherwise.
    void add(const ConfigChain& chain, bool plugins_allowed);
    EffectiveConfig finish() &&;

private:
    EffectiveConfig config_;
    bool files_set_ = false;
};

}  // namespace gklint
