#pragma once
// The line holding a text offset, by binary search over the host's line index: scanning
// for '\n' from the offset costs the line's length, and web text arrives as one line of
// megabytes (bundled plugins only).
#include <cstddef>

#include <gklint/plugin.hpp>

namespace plugin_common {

// 0-based index of the line holding `offset`.
std::size_t line_index_of(const gklint::plugin::Context& ctx, std::size_t offset);

// [begin, end) of that line, without its terminator.
gklint_range line_around(const gklint::plugin::Context& ctx, std::size_t offset);

}  // namespace plugin_common
