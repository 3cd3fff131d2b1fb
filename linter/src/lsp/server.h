#pragma once
// The language server: lifecycle (initialize … shutdown, exit), document
// synchronisation, diagnostics pushed after edits pause and pulled on request,
// quick fixes. Single-threaded: the caller feeds it frames and wakes it at
// next_deadline() to publish debounced diagnostics.
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "app/cli_options.h"
#include "lsp/debouncer.h"
#include "lsp/dispatcher.h"
#include "lsp/document_store.h"
#include "lsp/framing.h"
#include "lsp/lsp_diagnostics.h"
#include "lsp/workspace_linter.h"

namespace gklint::lsp {

class Server {
public:
    using Clock = Debouncer::Clock;
    using Sender = std::function<void(const nlohmann::json& message)>;

    Server(const LintOptions& options, Sender send);

    // Builds the engine; false, with the reason in `error`, when that fails.
    bool start(std::string& error);

    void handle_frame(const Frame& frame);
    void handle_message(std::string_view body);
    // Publishes diagnostics of documents whose edits paused long enough.
    void run_due(Clock::time_point now);
    std::optional<Clock::time_point> next_deadline() const { return debouncer_.next_deadline(); }

    bool exited() const { return exited_; }
    // 0 after shutdown then exit, 1 for exit (or end of input) without shutdown.
    int exit_code() const { return shutdown_ ? 0 : 1; }

    PositionEncoding encoding() const { return encoding_; }

private:
    void register_handlers();
    void gate(const std::string& method, bool is_request) const;

    nlohmann::json initialize(const nlohmann::json& params);
    void did_open(const nlohmann::json& params);
    void did_change(const nlohmann::json& params);
    void did_save(const nlohmann::json& params);
    void did_close(const nlohmann::json& params);
    void did_change_watched_files(const nlohmann::json& params);
    nlohmann::json pull_diagnostics(const nlohmann::json& params);
    nlohmann::json code_action(const nlohmann::json& params);

    // The lint result for the document's current text (cached until it changes).
    const LintResult& current_result(const TextDocument& document);
    void publish(const std::string& uri);
    void reload_configuration();
    void notify(const std::string& method, nlohmann::json params);
    void log(int type, const std::string& message);

    Sender send_;
    Language language_;
    WorkspaceLinter linter_;
    Dispatcher dispatcher_;
    DocumentStore documents_;
    Debouncer debouncer_;
    std::map<std::string, LintResult> results_;
    DiagnosticStyle style_;
    PositionEncoding encoding_ = PositionEncoding::Utf16;
    unsigned generation_ = 0;  // bumped when the configuration is reloaded
    bool initialized_ = false;
    bool shutdown_ = false;
    bool exited_ = false;
};

}  // namespace gklint::lsp
