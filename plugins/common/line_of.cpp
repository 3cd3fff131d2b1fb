#include "line_of.h"

namespace plugin_common {

std::size_t line_index_of(const gklint::plugin::Context& ctx, std::size_t offset) {
    std::size_t lo = 0, hi = ctx.line_count();
    if (hi == 0) return 0;
    while (hi - lo > 1) {
        std::size_t mid = lo + (hi - lo) / 2;
        if (ctx.line_range(mid).begin <= offset) lo = mid;
        else hi = mid;
    }
    return lo;
}

gklint_range line_around(const gklint::plugin::Context& ctx, std::size_t offset) {
    return ctx.line_range(line_index_of(ctx, offset));
}

}  // namespace plugin_common
