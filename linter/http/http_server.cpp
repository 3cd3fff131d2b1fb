// The gklint-http.so module: cpp-httplib's server turned into one call that hands every
// request, as plain data, to gklint's handler (src/serve/http_module.h).
#include <httplib.h>

#include "serve/http_module.h"

namespace gklint::serve {
namespace {

HttpRequest plain_request(const httplib::Request& req) {
    HttpRequest out;
    out.method = req.method;
    out.path = req.path;
    out.host = req.get_header_value("Host");
    if (req.has_header("Origin")) out.origin = req.get_header_value("Origin");
    for (const auto& [name, value] : req.params) out.query.emplace(name, value);
    for (const auto& [name, field] : req.files) out.form.emplace(name, FormField{field.filename, field.content});
    return out;
}

void answer(const HttpResponse& from, httplib::Response& res) {
    res.status = from.status;
    for (const auto& [name, value] : from.headers) res.set_header(name.c_str(), value);
    res.set_content(from.body, from.content_type.c_str());
}

std::string serve(const HttpServerConfig& config, const HttpHandler& handler, const std::function<void(int)>& ready) {
    httplib::Server server;
    server.set_payload_max_length(config.max_body);
    auto route = [&handler](const httplib::Request& req, httplib::Response& res) { answer(handler(plain_request(req)), res); };
    server.Get(".*", route);
    server.Post(".*", route);
    server.Options(".*", route);
    server.set_error_handler([&config](const httplib::Request&, httplib::Response& res) {
        if (res.status == 413) answer(config.too_large, res);
    });
    int port = config.port;
    if (port == 0) {
        port = server.bind_to_any_port(config.address);
        if (port < 0) return "cannot listen on " + config.address;
    } else if (!server.bind_to_port(config.address, port)) {
        return "cannot listen on " + config.address + ":" + std::to_string(port) + " (in use?)";
    }
    ready(port);
    server.listen_after_bind();
    return {};
}

}  // namespace
}  // namespace gklint::serve

extern "C" __attribute__((visibility("default"))) const gklint::serve::HttpModule* gklint_http_module() {
    static const gklint::serve::HttpModule table{gklint::serve::kHttpModuleVersion, gklint::serve::serve};
    return &table;
}
