#include "yaml/yaml_util.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace gklint {

YamlFile YamlFile::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw LocatedError(path, 0, 0, "cannot read file");
    std::ostringstream text;
    text << in.rdbuf();
    return parse(path, text.str());
}

YamlFile YamlFile::parse(const std::string& path, const std::string& text) {
    YamlFile file;
    file.path_ = path;
    try {
        file.root_ = YAML::Load(text);
    } catch (const YAML::ParserException& e) {
        throw LocatedError(path, static_cast<std::size_t>(e.mark.line) + 1,
                           static_cast<std::size_t>(e.mark.column) + 1, "malformed YAML: " + e.msg);
    }
    return file;
}

void YamlFile::fail(const YAML::Node& at, const std::string& message) const {
    YAML::Mark mark = at.Mark();
    if (mark.is_null()) throw LocatedError(path_, 0, 0, message);
    throw LocatedError(path_, static_cast<std::size_t>(mark.line) + 1,
                       static_cast<std::size_t>(mark.column) + 1, message);
}

void YamlFile::require_map(const YAML::Node& node, std::string_view what) const {
    if (!node.IsMap()) fail(node, fmt::format("{} must be a mapping", what));
}

void YamlFile::check_keys(const YAML::Node& map, std::initializer_list<std::string_view> allowed,
                          std::string_view what) const {
    check_keys(map, std::span<const std::string_view>(allowed.begin(), allowed.size()), what);
}

void YamlFile::check_keys(const YAML::Node& map, std::span<const std::string_view> allowed,
                          std::string_view what) const {
    require_map(map, what);
    for (const auto& entry : map) {
        auto key = entry.first.as<std::string>();
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
            fail(entry.first, fmt::format("unknown key '{}' in {} (expected one of: {})", key, what,
                                          fmt::join(allowed, ", ")));
    }
}

std::string YamlFile::scalar(const YAML::Node& node, std::string_view what) const {
    if (!node.IsScalar()) fail(node, fmt::format("{} must be a string", what));
    return node.as<std::string>();
}

bool YamlFile::boolean(const YAML::Node& node, std::string_view what) const {
    bool value = false;
    if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value))
        fail(node, fmt::format("{} must be true or false", what));
    return value;
}

std::vector<std::string> YamlFile::string_list(const YAML::Node& node, std::string_view what) const {
    if (node.IsScalar()) return {node.as<std::string>()};
    if (!node.IsSequence()) fail(node, fmt::format("{} must be a string or a list of strings", what));
    std::vector<std::string> out;
    for (const auto& item : node) out.push_back(scalar(item, what));
    return out;
}

LocalizedText YamlFile::localized(const YAML::Node& node, std::string_view what) const {
    if (node.IsScalar()) {
        auto text = node.as<std::string>();
        return {text, text};
    }
    check_keys(node, {"zh", "en"}, what);
    if (!node["zh"]) fail(node, fmt::format("{} needs a 'zh' text", what));
    LocalizedText out{scalar(node["zh"], what), {}};
    out.en = node["en"] ? scalar(node["en"], what) : out.zh;
    return out;
}

}  // namespace gklint
