#pragma once
// The keys a configuration file (.gklint.yaml) and the user settings file
// (~/.config/gklint/settings.yaml) accept: checked when they are read, explained by
// `gklint explain KEY` (docs/configuration.md) and offered by the shell completions.
#include <array>
#include <string_view>

namespace gklint {

inline constexpr std::array<std::string_view, 7> kConfigKeys{"root",  "extends", "rules",    "plugins",
                                                             "files", "ignore",  "overrides"};
inline constexpr std::array<std::string_view, 2> kUserSettingKeys{"allow-plugins", "docs-url"};

}  // namespace gklint
