#pragma once
// A Rule whose check is a plugin's gklint_check_fn.
#include <gklint/plugin.h>

#include "core/rule.h"

namespace gklint {

class PluginRule final : public Rule {
public:
    PluginRule(RuleMeta meta, gklint_check_fn check, void* user_data)
        : meta_(std::move(meta)), check_(check), user_data_(user_data) {}

    const RuleMeta& meta() const override { return meta_; }
    void check(CheckContext& ctx) const override;

private:
    RuleMeta meta_;
    gklint_check_fn check_;
    void* user_data_;
};

}  // namespace gklint
