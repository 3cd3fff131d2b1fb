#include "app/info_commands.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <nlohmann/json.hpp>

#include "app/exit_codes.h"
#include "config/config_keys.h"

namespace gklint {
namespace {

std::string fixable_mark(const RuleMeta& meta) { return meta.fixable ? "fix" : "-"; }

std::optional<std::string> read_doc_page(const std::string& docs_dir, const std::string& rule_id) {
    std::ifstream in(std::filesystem::path(docs_dir) / "rules" / (rule_id + ".md"), std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The section of docs/configuration.md about a key: from its "### `key`" heading to the next heading.
std::optional<std::string> configuration_section(const std::string& docs_dir, std::string_view key) {
    std::ifstream in(std::filesystem::path(docs_dir) / "configuration.md", std::ios::binary);
    std::string marker = "`" + std::string(key) + "`";
    std::string section;
    bool inside = false;
    for (std::string line; std::getline(in, line);) {
        bool heading = line.starts_with("## ") || line.starts_with("### ");
        if (inside && heading) break;
        if (!inside && line.starts_with("### ") && line.find(marker) != std::string::npos) inside = true;
        if (inside) section += line + "\n";
    }
    if (section.empty()) return std::nullopt;
    return section;
}

bool is_configuration_key(std::string_view topic) {
    return std::find(kConfigKeys.begin(), kConfigKeys.end(), topic) != kConfigKeys.end() ||
           std::find(kUserSettingKeys.begin(), kUserSettingKeys.end(), topic) != kUserSettingKeys.end();
}

void print_metadata(std::ostream& out, const RuleMeta& meta, Language language) {
    fmt::print(out, "# {}\n\n{}\n\n", meta.id, meta.summary.in(language));
    fmt::print(out, "severity: {}\nfixable: {}\ndefined by: {}\n", severity_name(meta.default_severity),
               meta.fixable ? "yes" : "no", meta.origin);
    for (const auto& option : meta.options) {
        fmt::print(out, "option {} ({}){}: {}\n", option.name, option_type_name(option.type),
                   option.default_value ? " = " + option_value_text(*option.default_value) : "", option.description);
    }
}

}  // namespace

std::string explanation(const Engine& engine, const Rule& rule, Language language) {
    if (auto page = read_doc_page(engine.paths.docs_dir, rule.meta().id)) return *page;
    std::ostringstream text;
    print_metadata(text, rule.meta(), language);
    return text.str();
}

int run_rules_command(const EngineOptions& options, Language language, const std::string& format,
                      std::ostream& out, std::ostream& err) {
    auto engine = make_engine(options, err);
    if (!engine) return kExitFailure;
    auto rules = engine->registry.all();
    if (format == "json") {
        nlohmann::json list = nlohmann::json::array();
        for (const Rule* rule : rules) {
            const RuleMeta& m = rule->meta();
            nlohmann::json opts = nlohmann::json::array();
            for (const auto& o : m.options)
                opts.push_back({{"name", o.name}, {"type", option_type_name(o.type)},
                                {"default", o.default_value ? option_value_text(*o.default_value) : ""},
                                {"description", o.description}});
            list.push_back({{"id", m.id}, {"severity", severity_name(m.default_severity)}, {"fixable", m.fixable},
                            {"summary", m.summary.in(language)}, {"origin", m.origin}, {"options", opts}});
        }
        out << list.dump(2) << '\n';
        return kExitClean;
    }
    if (format == "ids") {  // for shell completion
        for (const Rule* rule : rules) out << rule->meta().id << '\n';
        return kExitClean;
    }
    if (format != "text") {
        fmt::print(err, "gklint: error: unknown format '{}' for rules (text, json or ids)\n", format);
        return kExitFailure;
    }
    std::size_t width = 0;
    for (const Rule* rule : rules) width = std::max(width, rule->meta().id.size());
    for (const Rule* rule : rules) {
        const RuleMeta& m = rule->meta();
        fmt::print(out, "{:<{}}  {:<7}  {:<3}  {}\n", m.id, width, severity_name(m.default_severity),
                   fixable_mark(m), m.summary.in(language));
    }
    return kExitClean;
}

int run_explain_command(const EngineOptions& options, const std::string& rule_id, Language language,
                        std::ostream& out, std::ostream& err) {
    auto engine = make_engine(options, err);
    if (!engine) return kExitFailure;
    const Rule* rule = engine->registry.find(rule_id);
    if (!rule && is_configuration_key(rule_id)) {
        auto section = configuration_section(engine->paths.docs_dir, rule_id);
        if (!section) {
            fmt::print(err, "gklint: error: {}/configuration.md does not describe '{}'\n", engine->paths.docs_dir, rule_id);
            return kExitFailure;
        }
        out << *section;
        return kExitClean;
    }
    if (!rule) {
        fmt::print(err, "gklint: error: unknown rule or configuration key '{}' (see `gklint rules`)\n", rule_id);
        return kExitFailure;
    }
    std::string text = explanation(*engine, *rule, language);
    out << text;
    if (!text.empty() && text.back() != '\n') out << '\n';
    return kExitClean;
}

int run_config_print_command(const EngineOptions& options, const std::string& file, std::ostream& out,
                             std::ostream& err) {
    auto engine = make_engine(options, err);
    if (!engine) return kExitFailure;
    try {
        rules_for_file(*engine, file, err);  // loads the packs and plugins it names, validates
        out << print_effective_config(engine->configs->for_file(file), engine->registry, file);
    } catch (const std::exception& e) {
        print_failure(err, e);
        return kExitFailure;
    }
    return kExitClean;
}

}  // namespace gklint
