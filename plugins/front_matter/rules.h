#pragma once
// The checks of the front_matter plugin; plugin.cpp declares them.
#include <gklint/plugin.hpp>

namespace front_matter {

void check_title(gklint::plugin::Context& ctx);
void check_statistics_period(gklint::plugin::Context& ctx);
void check_version_mismatch(gklint::plugin::Context& ctx);

}  // namespace front_matter
