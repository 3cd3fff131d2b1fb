#pragma once
// The rules shipped with gklint as the build tree has them (packs from rules/,
// plugins from lib/gklint/plugins), loaded once per test run.
#include <vector>

#include "core/registry.h"
#include "core/runner.h"
#include "model/report_template.h"

namespace gklint::test {

// Throws std::runtime_error (with the loader's message) when they cannot be loaded.
const RuleRegistry& builtin_registry();

// The report templates of rules/templates, loaded once.
const TemplateSet& builtin_templates();

// Every rule of `registry` at its default severity with its default options.
std::vector<EnabledRule> enable_all(const RuleRegistry& registry);

}  // namespace gklint::test
