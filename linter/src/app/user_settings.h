#pragma once
// User-level settings (~/.config/gklint/settings.yaml): choices only the user,
// never a report folder, may make — such as allowing plugins from discovered configs.
#include <string>

namespace gklint {

struct UserSettings {
    bool allow_plugins = false;
    std::string docs_url;  // web copy of docs/ for SARIF and reviewdog links; empty: the installed pages
    std::string path;  // the file read, empty when there is none
};

// $GKLINT_SETTINGS, else $XDG_CONFIG_HOME/gklint/settings.yaml, else ~/.config/gklint/settings.yaml.
// Throws LocatedError when the file exists but is malformed.
UserSettings load_user_settings();

}  // namespace gklint
