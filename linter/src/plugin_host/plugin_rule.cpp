#include "plugin_host/plugin_rule.h"

#include <optional>
#include <vector>

#include "model/analysis.h"
#include "plugin_host/host_api.h"

namespace gklint {

void PluginRule::check(CheckContext& ctx) const {
    gklint_check_context context{ctx};
    // Last year's report, read through the same getters; nothing can be reported on it.
    const Analysis* last = ctx.analysis.previous();
    FindingList refused;
    std::optional<CheckContext> last_check;
    std::optional<gklint_check_context> last_context;
    if (last) {
        last_check.emplace(CheckContext{last->document(), *last, ctx.language, ctx.options, refused});
        last_context.emplace(gklint_check_context{*last_check, nullptr, true});
        context.previous = &*last_context;
    }
    check_(&host_api(), &context, user_data_);
}

}  // namespace gklint
