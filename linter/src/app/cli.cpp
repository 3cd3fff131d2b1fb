#include "app/cli.h"

#include <iostream>
#include <map>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <gklint/plugin.h>

#include "app/exit_codes.h"
#include "app/info_commands.h"
#include "app/parse_command.h"
#include "audit/audit_command.h"
#include "app/lint_command.h"
#include "app/fix_baseline_options.h"
#include "lsp/lsp_command.h"
#include "output/formatter.h"

namespace gklint {
namespace {

template <typename T>
std::map<std::string, T> choices(std::initializer_list<std::pair<const std::string, T>> items) {
    return std::map<std::string, T>(items);
}

}  // namespace

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err) {
    CLI::App app{"gklint — 政府信息公开工作年度报告合规检查 (compliance linter for government "
                 "information-disclosure annual reports)",
                 "gklint"};
    app.set_version_flag("--version", fmt::format("gklint {} (plugin ABI {})", GKLINT_VERSION, GKLINT_PLUGIN_ABI_VERSION));
    app.footer("Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage, configuration or input failure.\n"
               "Commands: gklint rules | gklint explain RULE | gklint config --print FILE");

    LintOptions lint;
    std::string language = "zh";
    std::string column_unit = "codepoint";
    std::string min_severity = "info";
    std::string color = "auto";
    std::string format;

    app.add_option("paths", lint.paths, "Report files or directories (recursive; *.txt and *.md by default)");
    app.add_flag("--stdin", lint.use_stdin, "Read one report from standard input");
    app.add_option("--stdin-filename", lint.stdin_filename, "Path to show and to find the configuration for --stdin");
    app.add_option("-f,--format", format, "Output format: human (default on a terminal), gcc (default otherwise), json, jsonl, sarif, rdjson, rdjsonl, checkstyle, junit");
    app.add_option("--color", color, "Colour in human output: auto (honours NO_COLOR), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_option("--lang", language, "Message language: zh (default) or en")->check(CLI::IsMember({"zh", "en"}));
    app.add_option("--column-unit", column_unit, "Column unit: codepoint (default), utf16, byte (UTF-8), display")
        ->check(CLI::IsMember({"codepoint", "utf16", "byte", "display"}));
    app.add_option("--min-severity", min_severity, "Report only findings at least this severe: info, warning, error")
        ->check(CLI::IsMember({"info", "warning", "error"}));
    app.add_option("--max-warnings", lint.max_warnings, "Exit 1 when there are more warnings than this");
    app.add_option("-c,--config", lint.config_file, "Use this configuration file instead of looking for .gklint.yaml")
        ->check(CLI::ExistingFile);
    app.add_flag("--allow-plugins", lint.allow_plugins, "Load plugins named by .gklint.yaml files found next to reports");
    app.add_option("--plugin", lint.plugins, "Load this plugin and enable its rules everywhere (repeatable)")
        ->check(CLI::ExistingFile)
        ->allow_extra_args(false);
    app.add_option("--encoding", lint.encoding, "Input encoding (default: detect UTF-8/UTF-16 by BOM, UTF-8, then GB18030)");
    app.add_flag("--timing", lint.timing, "Print the time spent in the report model and in each rule (stderr)");
    app.add_option("-j,--jobs", lint.jobs, "Files linted in parallel (default: one per core)");
    app.add_option("--max-file-size", lint.max_file_size, "Largest input in bytes (default 64 MiB)");
    app.add_option("--input-format", lint.input_format,
                   "Read every input as this format instead of detecting it from content and extension")
        ->check(CLI::IsMember({"text", "markdown", "html", "docx", "pdf"}));
    app.add_option("--previous", lint.previous,
                   "Last year's report of the same agency: the cross-year rules compare with it")
        ->check(CLI::ExistingFile);
    app.add_option("--max-pages", lint.max_pages, "Largest PDF in pages (default 500)")->check(CLI::PositiveNumber);
    add_fix_and_baseline_options(app, lint);

    std::string rules_format = "text";
    auto* rules_cmd = app.add_subcommand("rules", "List every rule with its default severity, fixability and summary");
    rules_cmd->add_option("--format", rules_format, "text or json")->check(CLI::IsMember({"text", "json"}));

    std::string explain_id;
    auto* explain_cmd = app.add_subcommand("explain", "Print a rule's documentation");
    explain_cmd->add_option("rule", explain_id, "Rule id, e.g. article/wrong-number")->required();

    std::string config_target;
    auto* config_cmd = app.add_subcommand("config", "Show the configuration that applies to a file");
    config_cmd->add_option("--print", config_target, "Report file to resolve the configuration for")->required();

    std::vector<std::string> parse_files;
    std::string parse_format = "text";
    auto* parse_cmd = app.add_subcommand("parse", "Print the report model: sections and every table cell with its position");
    parse_cmd->add_option("files", parse_files, "Report files")->required()->check(CLI::ExistingFile);
    parse_cmd->add_option("--format", parse_format, "text or json")->check(CLI::IsMember({"text", "json"}));

    AuditOptions audit;
    auto* audit_cmd = app.add_subcommand("audit", "Audit every report under the paths into a database (docs/audit-design.md)");
    audit_cmd->add_option("paths", audit.paths, "Report files or directories")->required();
    audit_cmd->add_option("--out", audit.out_dir, "Output directory: gklint-audit.sqlite")->required();
    audit_cmd->add_flag("--quiet", audit.quiet, "No progress on stderr");
    audit_cmd->add_option("--lang", language, "Language of the messages and the dashboard: zh (default) or en")
        ->check(CLI::IsMember({"zh", "en"}));
    audit_cmd->add_option("--manifest", audit.manifest,
                          "CSV (path, agency, region_code, parent_region, level, year, url): who wrote each report")
        ->check(CLI::ExistingFile);
    audit_cmd->add_option("--aliases", audit.aliases, "YAML list of the names one agency goes by (repeatable)")
        ->check(CLI::ExistingFile);
    audit_cmd->add_option("-j,--jobs", lint.jobs, "Reports linted in parallel (default: one per core)");
    audit_cmd->add_option("--export", audit.export_format, "Also write the reports, findings and facts as CSV (DIR/csv)")
        ->check(CLI::IsMember({"csv"}));

    auto* lsp_cmd = app.add_subcommand("lsp", "Run the language server on standard input and output (docs/lsp.md)");
    lsp_cmd->add_flag("--stdio")->description("Accepted for LSP clients that pass it; stdio is the only transport");

    for (auto* sub : {rules_cmd, explain_cmd, config_cmd, parse_cmd, lsp_cmd}) sub->fallthrough();
    app.require_subcommand(0, 1);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e, out, err);
        return code == 0 ? kExitClean : kExitFailure;
    }

    lint.language = *parse_language(language);
    lint.column_unit = *parse_column_unit(column_unit);
    lint.min_severity = *parse_severity(min_severity);
    lint.color = choices<ColorMode>({{"auto", ColorMode::Auto}, {"always", ColorMode::Always}, {"never", ColorMode::Never}})
                     .at(color);
    if (!format.empty()) lint.format = format;
    EngineOptions engine{lint.config_file, lint.allow_plugins, lint.plugins};

    if (*rules_cmd) return run_rules_command(engine, lint.language, rules_format, out, err);
    if (*explain_cmd) return run_explain_command(engine, explain_id, lint.language, out, err);
    if (*config_cmd) return run_config_print_command(engine, config_target, out, err);
    if (*parse_cmd) return run_parse_command(parse_files, parse_format, lint, out, err);
    if (*audit_cmd) return run_audit(audit, lint, out, err);
    if (*lsp_cmd) return run_lsp_command(lint, std::cin, out, err);
    if (lint.paths.empty() && !lint.use_stdin) {
        err << app.help() << '\n';
        return kExitFailure;
    }
    return run_lint(lint, out, err);
}

}  // namespace gklint
