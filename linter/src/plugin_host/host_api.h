#pragma once
// The gklint_host_api a plugin check receives, implemented over CheckContext.
#include <gklint/plugin.h>

#include "core/rule.h"

// Defined here, opaque to plugins. One per check call, on the caller's stack,
// so concurrent checks on different documents share nothing mutable.
struct gklint_check_context {
    gklint::CheckContext& check;
    // Last year's report as a read-only context (report() refuses it), or null.
    gklint_check_context* previous = nullptr;
    bool read_only = false;
};

namespace gklint {

// The function table handed to every plugin check (immutable, shared).
const gklint_host_api& host_api();

}  // namespace gklint
