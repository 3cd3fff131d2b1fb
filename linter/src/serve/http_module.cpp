#include "serve/http_module.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "core/install_prefix.h"

namespace gklint::serve {
namespace {

namespace fs = std::filesystem;

std::string module_path() {
    if (const char* dir = std::getenv("GKLINT_MODULE_DIR"); dir && *dir) return (fs::path(dir) / "gklint-http.so").string();
    return (install_prefix() / GKLINT_MODULE_SUBDIR / "gklint-http.so").string();
}

struct Loaded {
    const HttpModule* module = nullptr;
    std::string error;
};

Loaded load() {
    std::string path = module_path();
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) return {nullptr, "cannot load the web server module: " + std::string(dlerror())};
    using Entry = const HttpModule* (*)();
    auto entry = reinterpret_cast<Entry>(dlsym(handle, "gklint_http_module"));
    const HttpModule* module = entry ? entry() : nullptr;
    if (!module || module->version != kHttpModuleVersion)
        return {nullptr, "the web server module " + path + " is not from this build of gklint"};
    return {module, {}};
}

}  // namespace

const HttpModule& http_module() {
    static const Loaded loaded = load();
    if (!loaded.module) throw std::runtime_error(loaded.error);
    return *loaded.module;
}

}  // namespace gklint::serve
