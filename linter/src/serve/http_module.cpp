#include "serve/http_module.h"

#include <stdexcept>

#include "core/private_module.h"

namespace gklint::serve {

const HttpModule& http_module() {
    static const auto loaded =
        load_private_module<HttpModule>("gklint-http.so", "gklint_http_module", kHttpModuleVersion, "web server");
    if (!loaded.first) throw std::runtime_error(loaded.second);
    return *loaded.first;
}

}  // namespace gklint::serve
