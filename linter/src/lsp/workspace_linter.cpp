#include "lsp/workspace_linter.h"

#include <filesystem>
#include <sstream>

#include <fmt/format.h>

#include "app/lint_job.h"
#include "core/located_error.h"
#include "core/file_uri.h"

namespace gklint::lsp {
namespace {

std::string file_name_part(const std::string& uri) {
    std::string name = uri.substr(uri.find_last_of("/:") + 1);
    return name.empty() ? "untitled.txt" : name;
}

}  // namespace

bool is_config_file(const std::string& path) {
    std::string name = std::filesystem::path(path).filename().string();
    return name == ".gklint.yaml" || name == ".gklint.yml";
}

WorkspaceLinter::WorkspaceLinter(const LintOptions& options) : options_(options) {
    options_.encoding = "UTF-8";  // JSON text is UTF-8 whatever the file on disk is
    options_.jobs = 1;
}

bool WorkspaceLinter::start(std::string& error) {
    std::ostringstream err;
    engine_ = make_engine({options_.config_file, options_.allow_plugins, options_.plugins}, err);
    if (!engine_) error = err.str();
    return engine_ != nullptr;
}

bool WorkspaceLinter::reload(std::string& error) { return start(error); }

const std::string& WorkspaceLinter::docs_dir() const {
    static const std::string kNone;
    return engine_ ? engine_->paths.docs_dir : kNone;
}

std::string WorkspaceLinter::path_for(const std::string& uri) const {
    if (auto path = uri_to_path(uri)) return *path;
    std::error_code ec;
    std::filesystem::path base = folders_.empty() ? std::filesystem::current_path(ec) : std::filesystem::path(folders_.front());
    return (base / file_name_part(uri)).string();
}

LintResult WorkspaceLinter::lint(const std::string& uri, std::string text, long long version, std::string& log) {
    LintResult result;
    result.version = version;
    result.text = std::move(text);
    std::string path = path_for(uri);
    if (!engine_ || result.text.empty() || is_config_file(path)) return result;

    LintJob job{path, /*from_stdin=*/true, result.text, {}, &engine_->templates};
    try {
        std::ostringstream warnings;
        // Files the configuration's `files`/`ignore` globs leave out are not linted;
        // documents without a file (untitled:) always are.
        bool is_file = uri_to_path(uri).has_value();
        if (is_file && !engine_->configs->for_file(path).accepts(path)) return result;
        job.rules = std::make_shared<const std::vector<EnabledRule>>(rules_for_file(*engine_, path, warnings));
        log += warnings.str();
    } catch (const std::exception& e) {
        result.error = fmt::format("gklint: configuration error: {}", e.what());
        return result;
    }
    LintOutcome outcome = lint_one(job, options_);
    if (outcome.error) {
        result.error = fmt::format("gklint: cannot lint this text: {}", *outcome.error);
        return result;
    }
    result.document = std::move(outcome.document);
    result.diagnostics = std::move(outcome.diagnostics);
    return result;
}

}  // namespace gklint::lsp
