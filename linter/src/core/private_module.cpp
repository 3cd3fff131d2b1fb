#include "core/private_module.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>

#include "core/install_prefix.h"

namespace gklint {

std::pair<void*, std::string> find_module_entry(std::string_view file, const char* entry, std::string_view what) {
    namespace fs = std::filesystem;
    fs::path path = install_prefix() / GKLINT_MODULE_SUBDIR / file;
    if (const char* dir = std::getenv("GKLINT_MODULE_DIR"); dir && *dir) path = fs::path(dir) / file;
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) return {nullptr, "cannot load the " + std::string(what) + " module: " + dlerror()};
    void* symbol = dlsym(handle, entry);
    if (!symbol) return {nullptr, "the " + std::string(what) + " module " + path.string() + " has no " + entry};
    return {symbol, {}};
}

}  // namespace gklint
