#pragma once
// The checks of the narrative plugin; plugin.cpp declares them.
#include <gklint/plugin.hpp>

namespace narrative {

void check_sum(gklint::plugin::Context& ctx);
void check_table_mismatch(gklint::plugin::Context& ctx);
void check_contradiction(gklint::plugin::Context& ctx);
void check_enumeration_count(gklint::plugin::Context& ctx);
void check_required_topics(gklint::plugin::Context& ctx);
void check_government_topics(gklint::plugin::Context& ctx);
void check_year(gklint::plugin::Context& ctx);
void check_deadline(gklint::plugin::Context& ctx);
void check_undated(gklint::plugin::Context& ctx);

}  // namespace narrative
