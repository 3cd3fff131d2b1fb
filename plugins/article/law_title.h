#pragma once
// article/law-title (declared with the plugin's other rules in wrong_number.cpp).
#include <gklint/plugin.hpp>

#include <cstddef>

namespace article {

void law_title(gklint::plugin::Context& ctx);

extern const gklint_option_decl kLawTitleOptions[];
extern const std::size_t kLawTitleOptionCount;

}  // namespace article
