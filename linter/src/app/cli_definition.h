#pragma once
// The command line as data: every option and subcommand of gklint, with its help text in
// the help language and a hint of what its value is. run_cli parses with it; the shell
// completions (`gklint completion`) are generated from the same definition.
#include <map>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "app/cli_options.h"
#include "audit/audit_command.h"
#include "core/language.h"
#include "serve/serve_command.h"

namespace gklint {

// What a value is, for completion: one of fixed words, a file, a directory, a rule id.
struct ValueHint {
    enum class Kind { Any, Choice, File, Directory, RuleId, Shell };
    Kind kind = Kind::Any;
    std::vector<std::string> choices;  // Kind::Choice; with Kind::RuleId, further words (configuration keys)
};

struct CliCommands {
    LintOptions lint;
    AuditOptions audit;
    std::string language = "zh";
    std::string column_unit = "codepoint";
    std::string min_severity = "info";
    std::string color = "auto";
    std::string format;
    std::string rules_format = "text";
    std::string explain_id;
    std::string config_target;
    std::vector<std::string> parse_files;
    std::string parse_format = "text";
    std::string init_dir = ".";
    std::string completion_shell;
    serve::ServeOptions serve;

    CLI::App* rules = nullptr;
    CLI::App* explain = nullptr;
    CLI::App* config = nullptr;
    CLI::App* parse = nullptr;
    CLI::App* audit_cmd = nullptr;
    CLI::App* lsp = nullptr;
    CLI::App* init = nullptr;
    CLI::App* completion = nullptr;
    CLI::App* serve_cmd = nullptr;

    std::map<const CLI::Option*, ValueHint> hints;  // options whose value can be completed
};

// The language of --help: --lang in the arguments, else the locale (LC_ALL, LC_MESSAGES, LANG):
// English for a non-Chinese locale, Chinese for a zh_* locale and when no locale is set.
Language help_language(int argc, char** argv);

// Defines every option and subcommand on `app`, bound to `commands`.
void define_cli(CLI::App& app, CliCommands& commands, Language help);

}  // namespace gklint
