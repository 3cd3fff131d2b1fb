#include "lsp/server.h"

#include <fmt/format.h>

#include "lsp/code_actions.h"
#include "lsp/protocol.h"
#include "core/file_uri.h"

namespace gklint::lsp {
namespace {

using nlohmann::json;

constexpr auto kDefaultDebounce = std::chrono::milliseconds(300);

// `value` at a path of object keys, or null.
const json& at_path(const json& value, std::initializer_list<const char*> keys) {
    static const json kNull;
    const json* current = &value;
    for (const char* key : keys) {
        if (!current->is_object()) return kNull;
        auto it = current->find(key);
        if (it == current->end()) return kNull;
        current = &*it;
    }
    return *current;
}

std::vector<std::string> string_list(const json& value) {
    std::vector<std::string> out;
    if (!value.is_array()) return out;
    for (const auto& item : value)
        if (item.is_string()) out.push_back(item.get<std::string>());
    return out;
}

long long version_param(const json& text_document) {
    auto it = text_document.find("version");
    return it != text_document.end() && it->is_number_integer() ? it->get<long long>() : 0;
}

std::vector<ContentChange> parse_changes(const json& params) {
    auto it = params.find("contentChanges");
    if (it == params.end() || !it->is_array())
        throw RpcError(rpc_error::kInvalidParams, "missing or invalid 'contentChanges' (an array)");
    std::vector<ContentChange> changes;
    for (const auto& item : *it) {
        ContentChange change{std::nullopt, string_param(item, "text")};
        if (item.contains("range")) change.range = parse_range(item["range"]);
        changes.push_back(std::move(change));
    }
    return changes;
}

// rootUri / rootPath / workspaceFolders as paths, workspace folders first.
std::vector<std::string> workspace_folders(const json& params) {
    std::vector<std::string> folders;
    if (const json& list = at_path(params, {"workspaceFolders"}); list.is_array())
        for (const auto& folder : list)
            if (auto path = folder.is_object() && folder.contains("uri") && folder["uri"].is_string()
                                ? uri_to_path(folder["uri"].get<std::string>())
                                : std::nullopt)
                folders.push_back(*path);
    if (const json& root = at_path(params, {"rootUri"}); root.is_string())
        if (auto path = uri_to_path(root.get<std::string>())) folders.push_back(*path);
    if (const json& root = at_path(params, {"rootPath"}); root.is_string() && !root.get<std::string>().empty())
        folders.push_back(root.get<std::string>());
    return folders;
}

}  // namespace

Server::Server(const LintOptions& options, Sender send)
    : send_(std::move(send)), language_(options.language), linter_(options), debouncer_(kDefaultDebounce) {
    register_handlers();
}

bool Server::start(std::string& error) {
    bool ok = linter_.start(error);
    style_.docs_dir = linter_.docs_dir();
    return ok;
}

void Server::register_handlers() {
    dispatcher_.set_gate([this](const std::string& method, bool is_request) { gate(method, is_request); });
    dispatcher_.set_logger([this](const std::string& message) { log(2, message); });
    dispatcher_.on_request("initialize", [this](const json& p) { return initialize(p); });
    dispatcher_.on_request("shutdown", [this](const json&) {
        shutdown_ = true;
        return json(nullptr);
    });
    dispatcher_.on_request("textDocument/diagnostic", [this](const json& p) { return pull_diagnostics(p); });
    dispatcher_.on_request("textDocument/codeAction", [this](const json& p) { return code_action(p); });
    dispatcher_.on_notification("initialized", [](const json&) {});
    dispatcher_.on_notification("exit", [this](const json&) { exited_ = true; });
    dispatcher_.on_notification("textDocument/didOpen", [this](const json& p) { did_open(p); });
    dispatcher_.on_notification("textDocument/didChange", [this](const json& p) { did_change(p); });
    dispatcher_.on_notification("textDocument/didSave", [this](const json& p) { did_save(p); });
    dispatcher_.on_notification("textDocument/didClose", [this](const json& p) { did_close(p); });
    dispatcher_.on_notification("workspace/didChangeWatchedFiles", [this](const json& p) { did_change_watched_files(p); });
}

void Server::gate(const std::string& method, bool is_request) const {
    if (method == "exit") return;
    if (!initialized_ && method != "initialize") {
        if (is_request) throw RpcError(rpc_error::kServerNotInitialized, "the server is not initialized");
        throw std::runtime_error(fmt::format("dropped '{}' received before initialize", method));
    }
    if (initialized_ && method == "initialize") throw RpcError(rpc_error::kInvalidRequest, "initialize was already received");
    if (shutdown_) {
        if (is_request) throw RpcError(rpc_error::kInvalidRequest, "the server is shutting down");
        throw std::runtime_error(fmt::format("dropped '{}' received after shutdown", method));
    }
}

void Server::handle_frame(const Frame& frame) {
    if (frame.status == FrameStatus::BadHeader) {
        send_(error_response(nullptr, rpc_error::kParseError, "Parse error: " + frame.error));
        return;
    }
    if (frame.status == FrameStatus::Message) handle_message(frame.body);
}

void Server::handle_message(std::string_view body) {
    if (auto response = dispatcher_.handle(body)) send_(*response);
}

json Server::initialize(const json& params) {
    if (!params.is_object()) throw RpcError(rpc_error::kInvalidParams, "initialize params must be an object");
    const json& capabilities = at_path(params, {"capabilities"});
    std::vector<std::string> offered = string_list(at_path(capabilities, {"general", "positionEncodings"}));
    bool clangd_style = offered.empty() && at_path(capabilities, {"offsetEncoding"}).is_array();
    if (clangd_style) offered = string_list(at_path(capabilities, {"offsetEncoding"}));
    encoding_ = negotiate_encoding(offered);
    style_.related_information = at_path(capabilities, {"textDocument", "publishDiagnostics", "relatedInformation"}) == true;
    linter_.set_workspace_folders(workspace_folders(params));

    const json& options = at_path(params, {"initializationOptions"});
    if (const json& lang = at_path(options, {"lang"}); lang.is_string())
        if (auto parsed = parse_language(lang.get<std::string>())) {
            language_ = *parsed;
            linter_.set_language(language_);
        }
    if (const json& ms = at_path(options, {"debounceMs"}); ms.is_number_integer() && ms.get<long long>() >= 0)
        debouncer_.set_delay(std::chrono::milliseconds(ms.get<long long>()));
    initialized_ = true;

    json result{{"capabilities",
                 {{"positionEncoding", encoding_name(encoding_)},
                  {"textDocumentSync", {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
                  {"diagnosticProvider", {{"identifier", "gklint"}, {"interFileDependencies", false}, {"workspaceDiagnostics", false}}},
                  {"codeActionProvider", {{"codeActionKinds", json::array({"quickfix"})}}}}},
                {"serverInfo", {{"name", "gklint"}, {"version", GKLINT_VERSION}}}};
    if (clangd_style) result["offsetEncoding"] = encoding_name(encoding_);
    return result;
}

void Server::did_open(const json& params) {
    const json& document = object_param(params, "textDocument");
    const std::string& uri = string_param(document, "uri");
    documents_.open(uri, string_param(document, "text"), version_param(document));
    debouncer_.cancel(uri);
    publish(uri);
}

void Server::did_change(const json& params) {
    const json& document = object_param(params, "textDocument");
    const std::string& uri = string_param(document, "uri");
    if (!documents_.change(uri, version_param(document), parse_changes(params), encoding_))
        throw std::runtime_error(fmt::format("didChange for '{}', which is not open", uri));
    debouncer_.touch(uri, Clock::now());
}

void Server::did_save(const json& params) {
    const std::string& uri = string_param(object_param(params, "textDocument"), "uri");
    if (is_config_file(linter_.path_for(uri))) {
        reload_configuration();
        return;
    }
    if (auto it = params.find("text"); it != params.end() && it->is_string()) documents_.replace(uri, it->get<std::string>());
    if (!documents_.find(uri)) return;
    debouncer_.cancel(uri);
    publish(uri);
}

void Server::did_close(const json& params) {
    const std::string& uri = string_param(object_param(params, "textDocument"), "uri");
    documents_.close(uri);
    debouncer_.cancel(uri);
    results_.erase(uri);
    notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}});
}

void Server::did_change_watched_files(const json& params) {
    const json& changes = at_path(params, {"changes"});
    if (!changes.is_array()) throw RpcError(rpc_error::kInvalidParams, "missing or invalid 'changes' (an array)");
    for (const auto& change : changes) {
        const json& uri = at_path(change, {"uri"});
        if (uri.is_string() && is_config_file(linter_.path_for(uri.get<std::string>()))) {
            reload_configuration();
            return;
        }
    }
}

void Server::reload_configuration() {
    std::string error;
    if (!linter_.reload(error)) {
        log(1, error);
        notify("window/showMessage", {{"type", 1}, {"message", error}});
    }
    style_.docs_dir = linter_.docs_dir();
    ++generation_;
    results_.clear();
    for (const auto& uri : documents_.uris()) publish(uri);
}

const LintResult& Server::current_result(const TextDocument& document) {
    auto it = results_.find(document.uri);
    if (it != results_.end() && it->second.text == document.text) {
        it->second.version = document.version;
        return it->second;
    }
    std::string warnings;
    LintResult result = linter_.lint(document.uri, document.text, document.version, warnings);
    if (!warnings.empty()) log(2, warnings);
    return results_[document.uri] = std::move(result);
}

void Server::publish(const std::string& uri) {
    const TextDocument* document = documents_.find(uri);
    if (!document) return;
    const LintResult& result = current_result(*document);
    notify("textDocument/publishDiagnostics", {{"uri", uri},
                                               {"version", document->version},
                                               {"diagnostics", to_lsp_diagnostics(result, uri, encoding_, style_)}});
}

void Server::run_due(Clock::time_point now) {
    for (const auto& uri : debouncer_.take_due(now)) publish(uri);
}

json Server::pull_diagnostics(const json& params) {
    const std::string& uri = string_param(object_param(params, "textDocument"), "uri");
    const TextDocument* open = documents_.find(uri);
    if (!open) throw RpcError(rpc_error::kInvalidParams, fmt::format("'{}' is not open", uri));
    const LintResult& result = current_result(*open);
    std::string result_id = fmt::format("{}-{}-{}", generation_, open->version, std::hash<std::string>{}(open->text));
    if (const json& previous = at_path(params, {"previousResultId"}); previous == result_id)
        return json{{"kind", "unchanged"}, {"resultId", result_id}};
    return json{{"kind", "full"}, {"resultId", result_id}, {"items", to_lsp_diagnostics(result, uri, encoding_, style_)}};
}

json Server::code_action(const json& params) {
    CodeActionRequest request;
    request.uri = string_param(object_param(params, "textDocument"), "uri");
    if (!params.contains("range")) throw RpcError(rpc_error::kInvalidParams, "missing 'range'");
    request.range = parse_range(params["range"]);
    if (const json& only = at_path(params, {"context", "only"}); only.is_array()) {
        request.quickfix_wanted = false;
        for (const auto& kind : string_list(only))
            if (kind == "quickfix" || kind.empty()) request.quickfix_wanted = true;
    }
    const TextDocument* open = documents_.find(request.uri);
    if (!open) return json::array();
    return code_actions(current_result(*open), request, encoding_, style_, language_);
}

void Server::notify(const std::string& method, json params) {
    send_(json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
}

void Server::log(int type, const std::string& message) { notify("window/logMessage", {{"type", type}, {"message", message}}); }

}  // namespace gklint::lsp
