#include "serve/serve_command.h"

#include <spawn.h>
#include <sys/wait.h>

#include <memory>
#include <ostream>
#include <variant>
#include <vector>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <nlohmann/json.hpp>

#include "app/engine_setup.h"
#include "app/exit_codes.h"
#include "serve/http_module.h"
#include "serve/lint_service.h"
#include "serve/request_guard.h"

#include "serve_page.inc"

extern char** environ;

namespace gklint::serve {
namespace {

using nlohmann::json;

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// The page: one HTML document with its style and script inside.
std::string page_html(std::size_t max_upload) {
    std::string html = replace_all(kServe_page_html, "/*{{style}}*/", kServe_page_css);
    html = replace_all(std::move(html), "/*{{script}}*/", kServe_page_js);
    html = replace_all(std::move(html), "{{max_upload_bytes}}", std::to_string(max_upload));
    html = replace_all(std::move(html), "{{max_upload_mb}}", std::to_string(max_upload >> 20));
    return replace_all(std::move(html), "{{version}}", GKLINT_VERSION);
}

void secure(HttpResponse& response) {
    response.headers.emplace_back("X-Content-Type-Options", "nosniff");
    response.headers.emplace_back("Cache-Control", "no-store");
    response.headers.emplace_back("Referrer-Policy", "no-referrer");
    response.headers.emplace_back("X-Frame-Options", "DENY");
    response.headers.emplace_back("Cross-Origin-Resource-Policy", "same-origin");
}

HttpResponse json_answer(int status, const json& body) {
    HttpResponse response;
    response.status = status;
    response.body = body.dump();
    secure(response);
    return response;
}

HttpResponse error_answer(int status, const std::string& message) { return json_answer(status, {{"error", message}}); }

std::string field(const HttpRequest& request, const std::string& name, std::string fallback) {
    auto it = request.form.find(name);
    return it == request.form.end() || it->second.content.empty() ? fallback : it->second.content;
}

class Site {
public:
    Site(LintService& service, std::size_t max_upload) : service_(service), max_upload_(max_upload), page_(page_html(max_upload)) {}

    HttpResponse answer(const HttpRequest& request, const RequestGuard& guard) const {
        if (auto refused = guard.refuse(request.host, request.origin))
            return error_answer(403, "refused: " + *refused);
        try {
            if (request.method == "GET" && request.path == "/") return page();
            if (request.method == "POST" && request.path == "/api/lint") return lint(request);
            if (request.method == "POST" && request.path == "/api/fix") return fix(request);
            return error_answer(404, "not found: " + request.method + " " + request.path);
        } catch (const UploadError& e) {
            return error_answer(422, e.what());
        } catch (const std::exception& e) {
            return error_answer(500, std::string("gklint: ") + e.what());
        }
    }

private:
    HttpResponse page() const {
        HttpResponse response;
        response.content_type = "text/html; charset=utf-8";
        response.body = page_;
        secure(response);
        response.headers.emplace_back("Content-Security-Policy",
                                      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                                      "connect-src 'self'; img-src data:; form-action 'none'; base-uri 'none'");
        return response;
    }

    // The upload and the page's settings; an answer instead when they are not usable.
    std::variant<std::pair<const FormField*, LintSettings>, HttpResponse> upload(const HttpRequest& request) const {
        LintSettings settings;
        settings.profile = field(request, "profile", "recommended");
        settings.format = field(request, "format", "auto");
        settings.language = field(request, "lang", "zh") == "en" ? Language::En : Language::Zh;
        bool en = settings.language == Language::En;
        if (!service_.knows(settings)) return error_answer(400, en ? "unknown profile or format" : "规则集或报告格式无效");
        auto file = request.form.find("file");
        if (file == request.form.end()) return error_answer(400, en ? "no file in the request" : "请求中没有文件");
        if (file->second.content.size() > max_upload_)
            return error_answer(413, fmt::format(fmt::runtime(en ? "the file is larger than {} MB" : "文件超过 {} MB，无法检查"),
                                                 max_upload_ >> 20));
        return std::pair{&file->second, settings};
    }

    HttpResponse lint(const HttpRequest& request) const {
        auto given = upload(request);
        if (auto* refused = std::get_if<HttpResponse>(&given)) return *refused;
        auto [file, settings] = std::get<0>(given);
        return json_answer(200, service_.lint(file->filename, file->content, settings));
    }

    HttpResponse fix(const HttpRequest& request) const {
        auto given = upload(request);
        if (auto* refused = std::get_if<HttpResponse>(&given)) return *refused;
        auto [file, settings] = std::get<0>(given);
        LintService::Fixed fixed = service_.fix(file->filename, file->content, settings);
        HttpResponse response;
        response.content_type = "application/octet-stream";
        response.body = std::move(fixed.bytes);
        secure(response);
        response.headers.emplace_back("X-Gklint-Fixes-Applied", std::to_string(fixed.applied));
        return response;
    }

    LintService& service_;
    std::size_t max_upload_;
    std::string page_;
};

void open_browser(const std::string& url, std::ostream& err) {
    pid_t pid = 0;
    const char* argv[] = {"xdg-open", url.c_str(), nullptr};
    if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, const_cast<char* const*>(argv), environ) != 0) {
        fmt::print(err, "gklint: 无法启动浏览器（xdg-open），请手动打开 {}\n", url);
        return;
    }
    int status = 0;
    waitpid(pid, &status, 0);  // xdg-open hands the URL over and returns
}

}  // namespace

int run_serve(const ServeOptions& options, const LintOptions& lint, std::ostream& out, std::ostream& err) {
    auto engine = make_engine({lint.config_file, lint.allow_plugins, lint.plugins}, err);
    if (!engine) return kExitFailure;
    std::unique_ptr<LintService> service;
    const HttpModule* module = nullptr;
    try {
        service = std::make_unique<LintService>(std::move(engine), options.max_upload);
        module = &http_module();
    } catch (const std::exception& e) {
        fmt::print(err, "gklint: error: {}\n", e.what());
        return kExitFailure;
    }
    bool loopback = options.listen == "127.0.0.1" || options.listen == "::1" || options.listen == "localhost";
    if (!loopback)
        fmt::print(err,
                   "gklint: warning: listening on {}: other computers on the network can open this page and upload "
                   "files to it (gklint serve 默认只在本机 127.0.0.1 上提供服务)\n",
                   options.listen);
    Site site(*service, options.max_upload);
    std::unique_ptr<RequestGuard> guard;
    HttpServerConfig config{options.listen, options.port, options.max_upload + (1u << 20),
                            error_answer(413, fmt::format("文件超过 {} MB，无法检查（file larger than {} MB）",
                                                          options.max_upload >> 20, options.max_upload >> 20))};
    auto ready = [&](int port) {
        std::vector<std::string> names{"127.0.0.1", "localhost", "[::1]"};
        if (!loopback) names.push_back(options.listen.find(':') != std::string::npos ? "[" + options.listen + "]" : options.listen);
        guard = std::make_unique<RequestGuard>(names, port, options.listen == "0.0.0.0" || options.listen == "::");
        std::string url = fmt::format("http://{}:{}/", loopback ? "127.0.0.1" : names.back(), port);
        fmt::print(out, "gklint serve：请在浏览器中打开 {} （按 Ctrl+C 结束）\n", url);
        out.flush();
        if (options.open) open_browser(url, err);
    };
    std::string failure = module->serve(config, [&](const HttpRequest& request) { return site.answer(request, *guard); },
                                        ready);
    if (!failure.empty()) {
        fmt::print(err, "gklint: error: {}\n", failure);
        return kExitFailure;
    }
    return kExitClean;
}

}  // namespace gklint::serve
