#pragma once
// Path spellings the configuration code compares: rule sources, plugin keys,
// glob bases.
#include <string>

namespace gklint {

// Absolute and lexically normal (no symlinks resolved): how packs record their source.
std::string absolute_normal_path(const std::string& path);
// Absolute with symlinks resolved where the file exists: how plugins record theirs.
std::string absolute_plugin_key(const std::string& path);
// `relative` resolved against `base_dir` (unless already absolute), absolute and normal.
std::string resolve_against(const std::string& base_dir, const std::string& relative);
// The directory part of a file path.
std::string parent_directory(const std::string& path);

// A relative glob anchored at `base_dir`: the directory's own glob characters are
// escaped so only the pattern part matches wildly.
std::string anchor_glob(const std::string& base_dir, const std::string& pattern);

}  // namespace gklint
