#include "config/config_chain.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "config/config_paths.h"
#include "config/string_lists.h"

namespace gklint {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kProfilePrefix = "gklint:";

std::vector<std::string> profile_names(const std::string& defaults_dir) {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(fs::path(defaults_dir) / "profiles", ec))
        if (entry.path().extension() == ".yaml") names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

bool is_regular_file(const std::string& path) {
    std::error_code ec;
    return fs::is_regular_file(path, ec);
}

// Pops the cycle-detection stack however the expansion ends.
class ExpandingGuard {
public:
    ExpandingGuard(std::vector<std::string>& stack, const std::string& path) : stack_(stack) { stack_.push_back(path); }
    ~ExpandingGuard() { stack_.pop_back(); }
    ExpandingGuard(const ExpandingGuard&) = delete;
    ExpandingGuard& operator=(const ExpandingGuard&) = delete;

private:
    std::vector<std::string>& stack_;
};

}  // namespace

ConfigLoader::ConfigLoader(std::string defaults_dir) : defaults_dir_(std::move(defaults_dir)) {}

std::string ConfigLoader::default_config_path() const {
    return absolute_normal_path((fs::path(defaults_dir_) / "default.yaml").string());
}

const ConfigFile& ConfigLoader::file(const std::string& path) {
    std::string key = absolute_normal_path(path);
    auto it = files_.find(key);
    if (it == files_.end())
        it = files_.emplace(key, std::make_shared<const ConfigFile>(read_config_file(YamlFile::load(key)))).first;
    return *it->second;
}

std::string ConfigLoader::resolve_entry(const ConfigFile& from, const ExtendsEntry& entry) const {
    if (entry.name.starts_with(kProfilePrefix)) {
        std::string name = entry.name.substr(kProfilePrefix.size());
        std::string path = (fs::path(defaults_dir_) / "profiles" / (name + ".yaml")).string();
        if (name.empty() || name.find('/') != std::string::npos || !is_regular_file(path))
            throw LocatedError(from.path, entry.line, entry.column,
                               fmt::format("unknown profile '{}' (built-in profiles: {})", entry.name,
                                           fmt::join(profile_names(defaults_dir_), ", ")));
        return absolute_normal_path(path);
    }
    std::string path = resolve_against(from.dir, entry.name);
    if (!is_regular_file(path))
        throw LocatedError(from.path, entry.line, entry.column,
                           fmt::format("cannot extend '{}': no such file ({})", entry.name, path));
    return path;
}

void ConfigLoader::fail_cycle(const ConfigFile& from, const ExtendsEntry& entry, const std::string& target) const {
    auto start = std::find(expanding_.begin(), expanding_.end(), target);
    std::vector<std::string> cycle(start, expanding_.end());
    cycle.push_back(target);
    throw LocatedError(from.path, entry.line, entry.column,
                       fmt::format("extends cycle: {}", fmt::join(cycle, " -> ")));
}

const ConfigChain& ConfigLoader::chain(const std::string& path) {
    std::string key = absolute_normal_path(path);
    if (auto it = chains_.find(key); it != chains_.end()) return it->second;

    ExpandingGuard guard(expanding_, key);
    const ConfigFile& self = file(key);
    ConfigChain out;
    for (const auto& entry : self.extends) {
        std::string target = resolve_entry(self, entry);
        if (!entry.name.starts_with(kProfilePrefix) && is_rule_pack(YamlFile::load(target))) {
            add_unique(out.packs, target);
            continue;
        }
        if (std::find(expanding_.begin(), expanding_.end(), target) != expanding_.end())
            fail_cycle(self, entry, target);
        const ConfigChain& extended = chain(target);
        out.layers.insert(out.layers.end(), extended.layers.begin(), extended.layers.end());
        for (const auto& pack : extended.packs) add_unique(out.packs, pack);
    }
    out.layers.push_back(files_.at(key));
    return chains_.emplace(key, std::move(out)).first->second;
}

}  // namespace gklint
