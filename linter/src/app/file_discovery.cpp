#include "app/file_discovery.h"

#include <algorithm>
#include <filesystem>

namespace gklint {
namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& p) {
    std::string name = p.filename().string();
    return name.size() > 1 && name[0] == '.' && name != "..";
}

}  // namespace

DiscoveredFiles discover_files(const std::vector<std::string>& paths,
                               const std::function<bool(const std::string&)>& accepts) {
    DiscoveredFiles out;
    for (const auto& given : paths) {
        std::error_code ec;
        auto status = fs::status(given, ec);
        if (ec || !fs::exists(status)) {
            out.missing.push_back(given);
            continue;
        }
        if (!fs::is_directory(status)) {
            out.files.push_back(given);
            continue;
        }
        std::vector<std::string> found;
        fs::recursive_directory_iterator it(given, fs::directory_options::skip_permission_denied, ec), end;
        for (; it != end; it.increment(ec)) {
            if (ec) break;
            if (hidden(it->path())) {
                if (it->is_directory(ec)) it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file(ec) && accepts(it->path().string())) found.push_back(it->path().string());
        }
        std::sort(found.begin(), found.end());
        out.files.insert(out.files.end(), found.begin(), found.end());
    }
    return out;
}

}  // namespace gklint
