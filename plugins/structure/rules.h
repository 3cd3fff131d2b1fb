#pragma once
// The checks of the structure plugin; plugin.cpp declares them.
#include <gklint/plugin.hpp>

namespace structure {

void check_missing_section(gklint::plugin::Context& ctx);
void check_section_order(gklint::plugin::Context& ctx);
void check_heading_text(gklint::plugin::Context& ctx);
void check_numbering(gklint::plugin::Context& ctx);
void check_part_count(gklint::plugin::Context& ctx);
void check_empty_section(gklint::plugin::Context& ctx);

}  // namespace structure
