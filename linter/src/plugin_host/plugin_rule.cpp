#include "plugin_host/plugin_rule.h"

#include "plugin_host/host_api.h"

namespace gklint {

void PluginRule::check(CheckContext& ctx) const {
    gklint_check_context context{ctx};
    check_(&host_api(), &context, user_data_);
}

}  // namespace gklint
