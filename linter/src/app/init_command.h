#pragma once
// `gklint init [DIR]`: writes a commented starter configuration, DIR/.gklint.yaml, with the
// settings a clerk most often changes; never overwrites an existing configuration.
#include <iosfwd>
#include <string>

#include "core/language.h"

namespace gklint {

// The starter configuration's text, its comments in `language`.
std::string starter_config(Language language);

int run_init_command(const std::string& dir, Language language, std::ostream& out, std::ostream& err);

}  // namespace gklint
