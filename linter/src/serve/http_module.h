#pragma once
// The HTTP server of `gklint serve` lives in a module (<prefix>/lib/gklint/gklint-http.so,
// cpp-httplib with the OpenSSL it links) loaded only by that command, like the office
// readers' module: no lint run loads it. Built with gklint, loaded only by the same build.
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gklint::serve {

inline constexpr int kHttpModuleVersion = 1;

struct FormField {
    std::string filename;  // empty for a plain field
    std::string content;
};

struct HttpRequest {
    std::string method;
    std::string path;
    std::string host;                   // the Host header
    std::optional<std::string> origin;  // the Origin header, when sent
    std::map<std::string, std::string> query;
    std::map<std::string, FormField> form;  // multipart/form-data fields
};

struct HttpResponse {
    int status = 200;
    std::string content_type = "application/json; charset=utf-8";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
};

struct HttpServerConfig {
    std::string address;         // the interface to bind
    int port = 0;                // 0: any free port
    std::size_t max_body = 0;    // larger requests get `too_large`
    HttpResponse too_large;      // the answer to them
};

using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

struct HttpModule {
    int version;
    // Binds, calls `ready` with the port, then serves (several requests at a time) until the
    // process ends. Returns why it could not bind.
    std::string (*serve)(const HttpServerConfig& config, const HttpHandler& handler,
                         const std::function<void(int port)>& ready);
};

// Loads the module (thread-safe). Throws std::runtime_error naming its path when it cannot.
const HttpModule& http_module();

}  // namespace gklint::serve
