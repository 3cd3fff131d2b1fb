#pragma once
// The agency alias list (config/agency-aliases.yaml, and `gklint audit --aliases FILE`):
// the names one agency goes by, mapped to one agency key.
//
//   agencies:
//     平潭综合实验区: [平潭综合实验区管委会, 平潭县]
#include <string>

#include "audit/agency_key.h"

namespace gklint {

// Adds the file's aliases to `into`. Throws LocatedError (file, line, what is wrong).
void load_agency_aliases(const std::string& path, AgencyAliases& into);

}  // namespace gklint
