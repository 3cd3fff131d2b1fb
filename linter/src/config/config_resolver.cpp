// Which configuration applies to a report: the defaults, then either the
// --config file or the .gklint.yaml files found from the report's directory up.
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "config/config.h"
#include "config/config_chain.h"
#include "config/config_merge.h"
#include "config/config_paths.h"

namespace gklint {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kConfigNames[] = {".gklint.yaml", ".gklint.yml"};

}  // namespace

struct ConfigResolver::Impl {
    ConfigOptions options;
    ConfigLoader loader;
    std::map<std::string, std::unique_ptr<EffectiveConfig>> by_directory;
    std::unique_ptr<EffectiveConfig> explicit_config;

    explicit Impl(ConfigOptions o) : options(std::move(o)), loader(options.defaults_dir) {}

    // The configuration file directly inside `dir`, if any.
    std::optional<std::string> config_in(const fs::path& dir) {
        std::optional<std::string> found;
        for (auto name : kConfigNames) {
            fs::path candidate = dir / name;
            std::error_code ec;
            if (!fs::is_regular_file(candidate, ec)) continue;
            if (found)
                throw LocatedError(candidate.string(), 0, 0,
                                   fmt::format("both {} and {} exist in {}; keep only one", *found,
                                               candidate.string(), dir.string()));
            found = candidate.string();
        }
        return found;
    }

    // Configuration files from `dir` upward, outermost first, stopping at `root: true`.
    std::vector<std::string> discover(const std::string& dir) {
        std::vector<std::string> nearest_first;
        for (fs::path at(dir);; at = at.parent_path()) {
            if (auto found = config_in(at)) {
                nearest_first.push_back(*found);
                if (loader.file(*found).root) break;
            }
            if (at == at.parent_path()) break;
        }
        return {nearest_first.rbegin(), nearest_first.rend()};
    }

    EffectiveConfig build(const std::vector<std::string>& files, bool plugins_allowed, std::string base_dir) {
        ConfigMerger merger(files.empty() ? std::move(base_dir) : loader.file(files.back()).dir);
        merger.add(loader.chain(loader.default_config_path()), /*plugins_allowed=*/true);
        for (const auto& file : files) merger.add(loader.chain(file), plugins_allowed);
        return std::move(merger).finish();
    }
};

ConfigResolver::ConfigResolver(ConfigOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
ConfigResolver::~ConfigResolver() = default;

const EffectiveConfig& ConfigResolver::for_file(const std::string& path) {
    std::string dir = parent_directory(path);
    if (impl_->options.explicit_file) {
        if (!impl_->explicit_config) {
            std::string file = absolute_normal_path(*impl_->options.explicit_file);
            impl_->explicit_config = std::make_unique<EffectiveConfig>(impl_->build({file}, true, dir));
        }
        return *impl_->explicit_config;
    }
    auto it = impl_->by_directory.find(dir);
    if (it == impl_->by_directory.end()) {
        auto config = impl_->build(impl_->discover(dir), impl_->options.allow_plugins, dir);
        it = impl_->by_directory.emplace(dir, std::make_unique<EffectiveConfig>(std::move(config))).first;
    }
    return *it->second;
}

}  // namespace gklint
