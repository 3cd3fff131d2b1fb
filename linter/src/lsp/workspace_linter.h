#pragma once
// Lints the text of an open document with the configuration that applies to
// its file: the .gklint.yaml files found from the file's directory upward (for
// documents without a file path, from the first workspace folder).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/cli_options.h"
#include "app/engine_setup.h"
#include "core/diagnostic.h"
#include "core/document.h"

namespace gklint::lsp {

struct LintResult {
    long long version = 0;
    std::string text;                    // the client's text that was linted
    std::unique_ptr<Document> document;  // null when nothing could be linted
    std::vector<Diagnostic> diagnostics;
    // Why the text could not be linted (not text, a broken configuration).
    std::optional<std::string> error;
};

class WorkspaceLinter {
public:
    // `options`: language, minimum severity, --config, --allow-plugins, --plugin.
    explicit WorkspaceLinter(const LintOptions& options);

    // Builds the engine (rules, plugins, configuration resolver); false, with
    // the reason in `error`, when that fails.
    bool start(std::string& error);
    // Forgets every cached configuration (a .gklint.yaml changed).
    bool reload(std::string& error);

    void set_language(Language language) { options_.language = language; }
    void set_workspace_folders(std::vector<std::string> folders) { folders_ = std::move(folders); }
    const std::string& docs_dir() const;

    // Lints `text` as the document `uri`. Warnings for the user (a refused plugin)
    // are appended to `log`.
    LintResult lint(const std::string& uri, std::string text, long long version, std::string& log);

    // The file system path that stands for `uri` (for untitled documents, a
    // path in the first workspace folder, or the working directory).
    std::string path_for(const std::string& uri) const;

private:
    LintOptions options_;
    std::unique_ptr<Engine> engine_;
    std::vector<std::string> folders_;  // workspace folder paths
};

// True for .gklint.yaml / .gklint.yml: configuration, not a report.
bool is_config_file(const std::string& path);

}  // namespace gklint::lsp
