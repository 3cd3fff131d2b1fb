#include "config/config_merge.h"

#include "config/string_lists.h"

namespace gklint {

const std::vector<std::string>& default_file_globs() {
    static const std::vector<std::string> globs{"**/*.txt", "**/*.md", "**/*.markdown", "**/*.html", "**/*.htm",
                                                "**/*.shtml", "**/*.xhtml", "**/*.docx", "**/*.pdf",
                                                // legacy Word and WPS: found, to be told to save them as .docx
                                                "**/*.doc", "**/*.wps"};
    return globs;
}

ConfigMerger::ConfigMerger(std::string base_dir) { config_.base_dir = std::move(base_dir); }

void ConfigMerger::add(const ConfigChain& chain, bool plugins_allowed) {
    for (const auto& layer : chain.layers) {
        config_.config_files.push_back(layer->path);
        config_.rules.insert(config_.rules.end(), layer->rules.begin(), layer->rules.end());
        for (Override override : layer->overrides) {
            override.apply_after = config_.rules.size();
            config_.overrides.push_back(std::move(override));
        }
        for (const auto& plugin : layer->plugins)
            add_unique(plugins_allowed ? config_.plugin_paths : config_.refused_plugins, plugin);
        if (layer->files) {
            config_.files = *layer->files;
            files_set_ = true;
        }
        config_.ignore.insert(config_.ignore.end(), layer->ignore.begin(), layer->ignore.end());
    }
    for (const auto& pack : chain.packs) add_unique(config_.pack_paths, pack);
}

EffectiveConfig ConfigMerger::finish() && {
    if (!files_set_) config_.files = default_file_globs();
    // A plugin allowed through one layer (e.g. the --config file) is not refused because another names it too.
    std::erase_if(config_.refused_plugins,
                  [&](const std::string& plugin) { return contains(config_.plugin_paths, plugin); });
    return std::move(config_);
}

}  // namespace gklint
