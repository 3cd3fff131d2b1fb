#pragma once
// The checks of the cross_year plugin; plugin.cpp declares them.
#include <gklint/plugin.hpp>

namespace cross_year {

void check_repeated_text(gklint::plugin::Context& ctx);
void check_jump(gklint::plugin::Context& ctx);

}  // namespace cross_year
