#pragma once
// Helpers shared by every YAML reader (config files, rule packs): loading with
// located errors, unknown-key checks, typed scalar access.
#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/language.h"
#include "core/located_error.h"

namespace gklint {

class YamlFile {
public:
    // Reads and parses; throws LocatedError (I/O failure or syntax error with its mark).
    static YamlFile load(const std::string& path);
    static YamlFile parse(const std::string& path, const std::string& text);

    const YAML::Node& root() const { return root_; }
    const std::string& path() const { return path_; }

    [[noreturn]] void fail(const YAML::Node& at, const std::string& message) const;
    // Fails on a key not in `allowed`.
    void check_keys(const YAML::Node& map, std::initializer_list<std::string_view> allowed,
                    std::string_view what) const;
    void check_keys(const YAML::Node& map, std::span<const std::string_view> allowed, std::string_view what) const;
    void require_map(const YAML::Node& node, std::string_view what) const;
    std::string scalar(const YAML::Node& node, std::string_view what) const;
    bool boolean(const YAML::Node& node, std::string_view what) const;
    // A scalar or a list of scalars.
    std::vector<std::string> string_list(const YAML::Node& node, std::string_view what) const;
    // "text" (both languages) or {zh: …, en: …}.
    LocalizedText localized(const YAML::Node& node, std::string_view what) const;

private:
    std::string path_;
    YAML::Node root_;
};

}  // namespace gklint
