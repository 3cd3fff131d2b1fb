#include "config/config_paths.h"

#include <filesystem>

namespace gklint {
namespace fs = std::filesystem;

std::string absolute_normal_path(const std::string& path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec);
    if (ec) return fs::path(path).lexically_normal().string();
    return absolute.lexically_normal().string();
}

std::string absolute_plugin_key(const std::string& path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec);
    if (ec) return path;
    fs::path canonical = fs::weakly_canonical(absolute, ec);
    return (ec ? absolute.lexically_normal() : canonical).string();
}

std::string resolve_against(const std::string& base_dir, const std::string& relative) {
    fs::path p(relative);
    if (p.is_relative()) p = fs::path(base_dir) / p;
    return absolute_normal_path(p.string());
}

std::string parent_directory(const std::string& path) {
    return fs::path(absolute_normal_path(path)).parent_path().string();
}

std::string anchor_glob(const std::string& base_dir, const std::string& pattern) {
    if (!pattern.empty() && pattern.front() == '/') return pattern;
    std::string escaped;
    for (char c : base_dir) {
        if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') escaped += '\\';
        escaped += c;
    }
    if (escaped.empty() || escaped.back() != '/') escaped += '/';
    // "./x" and "../x" are spelled relative to the base; normalise them away.
    return fs::path(escaped + pattern).lexically_normal().string();
}

}  // namespace gklint
