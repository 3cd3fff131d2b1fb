#pragma once
// JSON-RPC 2.0 over LSP: parses a message body, routes requests and notifications
// to their handlers and builds the response. Never throws: malformed input is
// answered with a JSON-RPC error (-32700 parse error, -32600 invalid request,
// -32601 unknown method, -32602 bad params, -32603 internal error), and
// notifications (no id) are never answered.
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace gklint::lsp {

namespace rpc_error {
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kServerNotInitialized = -32002;
}  // namespace rpc_error

// Thrown by handlers (and the param helpers below) to answer with an error.
class RpcError : public std::runtime_error {
public:
    RpcError(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
    int code() const { return code_; }

private:
    int code_;
};

// `params[key]` when it is an object / string; throws RpcError(-32602) otherwise.
const nlohmann::json& object_param(const nlohmann::json& params, const char* key);
const std::string& string_param(const nlohmann::json& params, const char* key);

nlohmann::json error_response(const nlohmann::json& id, int code, std::string_view message);

class Dispatcher {
public:
    using RequestHandler = std::function<nlohmann::json(const nlohmann::json& params)>;
    using NotificationHandler = std::function<void(const nlohmann::json& params)>;
    // Called before a handler runs; may throw RpcError to refuse a request
    // (a refused notification is dropped). `is_request` tells which it is.
    using Gate = std::function<void(const std::string& method, bool is_request)>;
    // Told about failures nobody can be answered about (notifications, stray responses).
    using Logger = std::function<void(const std::string& message)>;

    void on_request(const std::string& method, RequestHandler handler);
    void on_notification(const std::string& method, NotificationHandler handler);
    void set_gate(Gate gate) { gate_ = std::move(gate); }
    void set_logger(Logger logger) { logger_ = std::move(logger); }

    // Handles one message body; returns the response to send, if any.
    std::optional<nlohmann::json> handle(std::string_view body);
    // Handles an already parsed message.
    std::optional<nlohmann::json> handle_json(const nlohmann::json& message);

private:
    void log(const std::string& message) const;

    std::map<std::string, RequestHandler, std::less<>> requests_;
    std::map<std::string, NotificationHandler, std::less<>> notifications_;
    Gate gate_;
    Logger logger_;
};

}  // namespace gklint::lsp
