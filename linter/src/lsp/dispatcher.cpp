#include "lsp/dispatcher.h"

#include <fmt/format.h>

namespace gklint::lsp {
namespace {

using nlohmann::json;

bool valid_id(const json& id) { return id.is_string() || id.is_number_integer() || id.is_number_unsigned(); }

// Params must be an object or an array when present (JSON-RPC 2.0 §4.2).
const json& params_of(const json& message) {
    static const json kNone = json::object();
    auto it = message.find("params");
    if (it == message.end()) return kNone;
    if (!it->is_object() && !it->is_array()) throw RpcError(rpc_error::kInvalidParams, "params must be an object or an array");
    return *it;
}

}  // namespace

const json& object_param(const json& params, const char* key) {
    auto it = params.is_object() ? params.find(key) : params.end();
    if (it == params.end() || !it->is_object())
        throw RpcError(rpc_error::kInvalidParams, fmt::format("missing or invalid '{}' (an object)", key));
    return *it;
}

const std::string& string_param(const json& params, const char* key) {
    auto it = params.is_object() ? params.find(key) : params.end();
    if (it == params.end() || !it->is_string())
        throw RpcError(rpc_error::kInvalidParams, fmt::format("missing or invalid '{}' (a string)", key));
    return it->get_ref<const std::string&>();
}

json error_response(const json& id, int code, std::string_view message) {
    return json{{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

void Dispatcher::on_request(const std::string& method, RequestHandler handler) { requests_[method] = std::move(handler); }

void Dispatcher::on_notification(const std::string& method, NotificationHandler handler) {
    notifications_[method] = std::move(handler);
}

void Dispatcher::log(const std::string& message) const {
    if (logger_) logger_(message);
}

std::optional<json> Dispatcher::handle(std::string_view body) {
    json message = json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
    if (message.is_discarded()) return error_response(nullptr, rpc_error::kParseError, "Parse error: the message is not valid JSON");
    return handle_json(message);
}

std::optional<json> Dispatcher::handle_json(const json& message) {
    if (!message.is_object())
        return error_response(nullptr, rpc_error::kInvalidRequest, "Invalid Request: a message must be a JSON object");
    auto id_it = message.find("id");
    bool has_id = id_it != message.end();
    json id = has_id && valid_id(*id_it) ? *id_it : json(nullptr);
    auto method_it = message.find("method");
    auto version_it = message.find("jsonrpc");
    bool version_ok = version_it != message.end() && *version_it == "2.0";

    if (method_it == message.end()) {
        if (has_id && (message.contains("result") || message.contains("error"))) {
            // A response to a request of ours; gklint sends none that need an answer.
            if (message.contains("error")) log(fmt::format("the client answered with an error: {}", message["error"].dump()));
            return std::nullopt;
        }
        return error_response(id, rpc_error::kInvalidRequest, "Invalid Request: no method");
    }
    if (!version_ok || !method_it->is_string() || (has_id && !valid_id(*id_it))) {
        if (!has_id) {
            log("dropped an invalid notification (jsonrpc must be \"2.0\", method a string)");
            return std::nullopt;
        }
        return error_response(id, rpc_error::kInvalidRequest,
                              "Invalid Request: jsonrpc must be \"2.0\", method a string, id a number or a string");
    }
    const std::string& method = method_it->get_ref<const std::string&>();

    if (!has_id) {
        auto it = notifications_.find(method);
        if (it == notifications_.end()) return std::nullopt;  // unknown notifications ($/…) are ignored
        try {
            if (gate_) gate_(method, false);
            it->second(params_of(message));
        } catch (const std::exception& e) {
            log(fmt::format("{}: {}", method, e.what()));
        }
        return std::nullopt;
    }

    auto it = requests_.find(method);
    if (it == requests_.end())
        return error_response(id, rpc_error::kMethodNotFound, fmt::format("Method not found: {}", method));
    try {
        if (gate_) gate_(method, true);
        json result = it->second(params_of(message));
        return json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
    } catch (const RpcError& e) {
        return error_response(id, e.code(), e.what());
    } catch (const json::exception& e) {
        // Params of the wrong shape deep inside (a string where a number belongs).
        return error_response(id, rpc_error::kInvalidParams, fmt::format("Invalid params: {}", e.what()));
    } catch (const std::exception& e) {
        return error_response(id, rpc_error::kInternalError, fmt::format("Internal error: {}", e.what()));
    }
}

}  // namespace gklint::lsp
