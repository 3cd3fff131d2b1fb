#pragma once
// Expands the paths given on the command line into the report files to lint.
#include <functional>
#include <string>
#include <vector>

namespace gklint {

struct DiscoveredFiles {
    std::vector<std::string> files;
    std::vector<std::string> missing;  // paths that do not exist
};

// Files are taken as given. Directories are walked recursively (hidden entries
// skipped, sorted) and a file is kept when `accepts(path)` says so.
DiscoveredFiles discover_files(const std::vector<std::string>& paths,
                               const std::function<bool(const std::string&)>& accepts);

}  // namespace gklint
