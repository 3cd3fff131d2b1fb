#pragma once
// Commands that describe gklint rather than lint: rules, explain, config --print.
#include <iosfwd>
#include <optional>
#include <string>

#include "app/engine_setup.h"
#include "core/language.h"

namespace gklint {

// `gklint rules [--format text|json|ids]`: every rule with severity, fixability and summary.
int run_rules_command(const EngineOptions& options, Language language, const std::string& format,
                      std::ostream& out, std::ostream& err);

// What `gklint explain` prints for a rule: its doc page, or its metadata when it has none.
std::string explanation(const Engine& engine, const Rule& rule, Language language);

// `gklint explain RULE`: the rule's doc page (docs/rules/<id>.md), or its metadata when it has none.
// `gklint explain KEY`: a configuration key's section of docs/configuration.md.
int run_explain_command(const EngineOptions& options, const std::string& rule_id, Language language,
                        std::ostream& out, std::ostream& err);

// `gklint config --print FILE`: the configuration that applies to FILE.
int run_config_print_command(const EngineOptions& options, const std::string& file, std::ostream& out,
                             std::ostream& err);

}  // namespace gklint
