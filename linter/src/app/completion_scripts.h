#pragma once
// Shell completion scripts for bash, zsh and fish, generated from the command-line
// definition (app/cli_definition.h): subcommands, options, the values of options with
// fixed choices, files and folders, and rule ids (asked of the gklint being completed,
// `gklint rules --format ids`, so plugins' and packs' rules are included).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "app/cli_definition.h"

namespace gklint {

struct CompletionOption {
    std::vector<std::string> names;  // "-f", "--format"
    std::string description;
    bool takes_value = false;
    ValueHint value;
};

struct CompletionCommand {
    std::string name;  // empty: gklint itself
    std::string description;
    std::vector<CompletionOption> options;
    std::optional<ValueHint> operand;  // what its positional arguments are
};

// [0] is gklint itself, then each subcommand. A subcommand that accepts gklint's own
// options after it (CLI11 fallthrough) lists them too.
std::vector<CompletionCommand> describe_commands(const CLI::App& app, const CliCommands& commands);

// `shell`: bash, zsh or fish.
std::string completion_script(const std::vector<CompletionCommand>& commands, std::string_view shell);

}  // namespace gklint
