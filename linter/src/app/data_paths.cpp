#include "app/data_paths.h"

#include <cstdlib>
#include <filesystem>

#include "core/install_prefix.h"

namespace gklint {
namespace fs = std::filesystem;

DataPaths data_paths_under(const std::string& prefix) {
    fs::path p(prefix);
    fs::path data = p / GKLINT_DATA_SUBDIR;
    return DataPaths{(data / "rules").string(), (data / "config").string(), (data / "docs").string(),
                     (p / GKLINT_PLUGIN_SUBDIR).string()};
}

DataPaths locate_data_paths() {
    DataPaths paths = data_paths_under(install_prefix().string());
    if (const char* data = std::getenv("GKLINT_DATA_DIR"); data && *data) {
        fs::path d(data);
        paths.rules_dir = (d / "rules").string();
        paths.config_dir = (d / "config").string();
        paths.docs_dir = (d / "docs").string();
    }
    if (const char* plugins = std::getenv("GKLINT_PLUGIN_DIR"); plugins && *plugins) paths.plugin_dir = plugins;
    return paths;
}

}  // namespace gklint
