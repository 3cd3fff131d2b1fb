#include "app/user_settings.h"

#include <cstdlib>
#include <filesystem>

#include "config/config_keys.h"
#include "yaml/yaml_util.h"

namespace gklint {
namespace {

std::string settings_path() {
    if (const char* explicit_path = std::getenv("GKLINT_SETTINGS"); explicit_path && *explicit_path)
        return explicit_path;
    std::filesystem::path base;
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home) base = std::filesystem::path(home) / ".config";
    else return {};
    return (base / "gklint" / "settings.yaml").string();
}

}  // namespace

UserSettings load_user_settings() {
    UserSettings settings;
    std::string path = settings_path();
    std::error_code ec;
    if (path.empty() || !std::filesystem::is_regular_file(path, ec)) return settings;
    YamlFile file = YamlFile::load(path);
    settings.path = path;
    if (file.root().IsNull()) return settings;
    file.check_keys(file.root(), kUserSettingKeys, "user settings");
    if (file.root()["allow-plugins"]) settings.allow_plugins = file.boolean(file.root()["allow-plugins"], "allow-plugins");
    if (file.root()["docs-url"]) settings.docs_url = file.scalar(file.root()["docs-url"], "docs-url");
    return settings;
}

}  // namespace gklint
