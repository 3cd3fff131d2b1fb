// Which files a directory walk lints: the `files` globs minus the `ignore` globs.
#include <algorithm>

#include "config/config.h"
#include "config/config_paths.h"

namespace gklint {

bool EffectiveConfig::accepts(const std::string& file) const {
    std::string path = absolute_normal_path(file);
    auto matches = [&](const std::string& glob) { return glob_match(glob, path); };
    return std::any_of(files.begin(), files.end(), matches) && std::none_of(ignore.begin(), ignore.end(), matches);
}

}  // namespace gklint
