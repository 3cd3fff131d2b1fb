#pragma once
// `gklint serve`: the clerk's page on this computer. A web server on 127.0.0.1 serves one
// self-contained page and a small JSON API:
//   GET  /           the page (Chinese; no network, no CDN)
//   POST /api/lint   multipart form: file, and the settings profile, format, lang →
//                    {"result": the file of --format json, "view": the document for display, …}
//   POST /api/fix    the same form → the file with its safe fixes applied (.txt, .md, .html)
// Nothing else is served and nothing is written to disk. Requests whose Host or Origin is
// not the server's own are refused (DNS rebinding, other sites' pages).
#include <cstddef>
#include <iosfwd>
#include <string>

#include "app/cli_options.h"

namespace gklint::serve {

struct ServeOptions {
    int port = 8412;                        // 0: any free port (printed)
    bool open = false;                      // --open: start the default browser (xdg-open)
    std::string listen = "127.0.0.1";       // --listen ADDRESS: another interface, with a warning
    std::size_t max_upload = 64u << 20;     // the largest file accepted
};

int run_serve(const ServeOptions& serve, const LintOptions& lint, std::ostream& out, std::ostream& err);

}  // namespace gklint::serve
