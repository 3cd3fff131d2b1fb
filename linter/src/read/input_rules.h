#pragma once
// The rules of the input itself: findings a reader makes about the file
// (input/no-text-layer), reported, configured and documented like any rule.
#include "core/registry.h"

namespace gklint {

void register_input_rules(RuleRegistry& registry);

}  // namespace gklint
