#include "read/office_module.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>

#include "core/install_prefix.h"
#include "text/decoder.h"

namespace gklint {
namespace {

namespace fs = std::filesystem;

std::string module_path() {
    if (const char* dir = std::getenv("GKLINT_MODULE_DIR"); dir && *dir)
        return (fs::path(dir) / "gklint-office.so").string();
    return (install_prefix() / GKLINT_MODULE_SUBDIR / "gklint-office.so").string();
}

struct Loaded {
    const OfficeModule* module = nullptr;
    std::string error;
};

Loaded load() {
    std::string path = module_path();
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) return {nullptr, "cannot load the PDF/Word reader module: " + std::string(dlerror())};
    using Entry = const OfficeModule* (*)();
    auto entry = reinterpret_cast<Entry>(dlsym(handle, "gklint_office_module"));
    const OfficeModule* module = entry ? entry() : nullptr;
    if (!module || module->version != kOfficeModuleVersion)
        return {nullptr, "the PDF/Word reader module " + path + " is not from this build of gklint"};
    return {module, {}};
}

}  // namespace

const OfficeModule& office_module() {
    static const Loaded loaded = load();
    if (!loaded.module) throw InputError(loaded.error, 0);
    return *loaded.module;
}

}  // namespace gklint
