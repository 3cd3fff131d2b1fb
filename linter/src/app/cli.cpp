#include "app/cli.h"

#include <iostream>
#include <map>

#include <CLI/CLI.hpp>

#include "app/cli_definition.h"
#include "app/completion_scripts.h"
#include "app/exit_codes.h"
#include "app/info_commands.h"
#include "app/init_command.h"
#include "app/lint_command.h"
#include "app/parse_command.h"
#include "audit/audit_command.h"
#include "lsp/lsp_command.h"

namespace gklint {
namespace {

template <typename T>
std::map<std::string, T> choices(std::initializer_list<std::pair<const std::string, T>> items) {
    return std::map<std::string, T>(items);
}

}  // namespace

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err) {
    Language help = help_language(argc, argv);
    CLI::App app{"", "gklint"};
    CliCommands c;
    define_cli(app, c, help);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e, out, err);
        return code == 0 ? kExitClean : kExitFailure;
    }

    LintOptions& lint = c.lint;
    lint.language = *parse_language(c.language);
    lint.column_unit = *parse_column_unit(c.column_unit);
    lint.min_severity = *parse_severity(c.min_severity);
    lint.color = choices<ColorMode>({{"auto", ColorMode::Auto}, {"always", ColorMode::Always}, {"never", ColorMode::Never}})
                     .at(c.color);
    if (!c.format.empty()) lint.format = c.format;
    EngineOptions engine{lint.config_file, lint.allow_plugins, lint.plugins};

    if (*c.rules) return run_rules_command(engine, lint.language, c.rules_format, out, err);
    if (*c.explain) return run_explain_command(engine, c.explain_id, lint.language, out, err);
    if (*c.config) return run_config_print_command(engine, c.config_target, out, err);
    if (*c.parse) return run_parse_command(c.parse_files, c.parse_format, lint, out, err);
    if (*c.audit_cmd) return run_audit(c.audit, lint, out, err);
    if (*c.lsp) return run_lsp_command(lint, std::cin, out, err);
    if (*c.serve_cmd) return serve::run_serve(c.serve, lint, out, err);
    if (*c.init) return run_init_command(c.init_dir, help, out, err);
    if (*c.completion) {
        out << completion_script(describe_commands(app, c), c.completion_shell);
        return kExitClean;
    }
    if (lint.paths.empty() && !lint.use_stdin) {
        err << app.help() << '\n';
        return kExitFailure;
    }
    return run_lint(lint, out, err);
}

}  // namespace gklint
