#include "plugin_host/plugin_loader.h"

#include <dlfcn.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "plugin_host/plugin_decls.h"

namespace gklint {
namespace fs = std::filesystem;

namespace {

struct HandleCloser {
    void operator()(void* handle) const { dlclose(handle); }
};
using LibraryHandle = std::unique_ptr<void, HandleCloser>;

std::string last_dl_error() {
    const char* e = dlerror();
    return e ? e : "unknown error";
}

// The key a plugin is known by: absolute, with symlinks and ".." resolved when
// the file exists, so one library reached by two paths loads once.
std::string absolute_plugin_path(const std::string& path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec);
    if (ec) return path;
    fs::path canonical = fs::weakly_canonical(absolute, ec);
    return (ec ? absolute.lexically_normal() : canonical).string();
}

LibraryHandle open_library(const std::string& path) {
    dlerror();
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) throw PluginError(fmt::format("cannot load plugin {}: {}", path, last_dl_error()));
    return LibraryHandle(handle);
}

gklint_plugin_entry_fn find_entry(void* handle, const std::string& path) {
    dlerror();
    void* symbol = dlsym(handle, GKLINT_PLUGIN_ENTRY_SYMBOL);
    if (!symbol)
        throw PluginError(fmt::format("plugin {} does not export {} (not a gklint plugin?)", path,
                                      GKLINT_PLUGIN_ENTRY_SYMBOL));
    return reinterpret_cast<gklint_plugin_entry_fn>(symbol);
}

const gklint_plugin& call_entry(gklint_plugin_entry_fn entry, const std::string& path) {
    const gklint_plugin* plugin = entry(GKLINT_PLUGIN_ABI_VERSION);
    if (!plugin)
        throw PluginError(fmt::format("plugin {}: {} returned NULL (the plugin refuses plugin ABI version {})", path,
                                      GKLINT_PLUGIN_ENTRY_SYMBOL, GKLINT_PLUGIN_ABI_VERSION));
    return *plugin;
}

// Either every rule of the plugin is registered or none is.
void register_all(std::vector<std::unique_ptr<Rule>> rules, RuleRegistry& registry, const std::string& path) {
    for (const auto& rule : rules)
        if (const Rule* existing = registry.find(rule->meta().id))
            throw PluginError(fmt::format("plugin {}: rule '{}' is already defined by {}", path, rule->meta().id,
                                          existing->meta().origin));
    try {
        for (auto& rule : rules) registry.add(std::move(rule));
    } catch (const RegistryError& e) {
        throw PluginError(fmt::format("plugin {}: {}", path, e.what()));
    }
}

}  // namespace

struct PluginLoader::Impl {
    std::map<std::string, LoadedPlugin> loaded;  // by absolute path
    std::vector<LibraryHandle> handles;          // closed in reverse load order

    ~Impl() {
        while (!handles.empty()) handles.pop_back();
    }
};

PluginLoader::PluginLoader() : impl_(std::make_unique<Impl>()) {}
PluginLoader::~PluginLoader() = default;

const LoadedPlugin& PluginLoader::load(const std::string& path, RuleRegistry& registry, bool builtin) {
    std::string absolute = absolute_plugin_path(path);
    if (auto it = impl_->loaded.find(absolute); it != impl_->loaded.end()) return it->second;

    LibraryHandle handle = open_library(absolute);
    const gklint_plugin& plugin = call_entry(find_entry(handle.get(), absolute), absolute);
    PluginDescriptor descriptor = read_plugin_descriptor(&plugin, absolute);
    auto rules = read_plugin_rules(descriptor, builtin);

    LoadedPlugin loaded{absolute, descriptor.name, descriptor.version, {}};
    for (const auto& rule : rules) loaded.rule_ids.push_back(rule->meta().id);
    register_all(std::move(rules), registry, absolute);

    impl_->handles.push_back(std::move(handle));
    return impl_->loaded.emplace(absolute, std::move(loaded)).first->second;
}

std::vector<LoadedPlugin> PluginLoader::load_directory(const std::string& directory, RuleRegistry& registry,
                                                       bool builtin) {
    std::error_code ec;
    if (!fs::exists(directory, ec)) return {};
    if (!fs::is_directory(directory, ec))
        throw PluginError(fmt::format("plugin directory {} is not a directory", directory));

    std::vector<fs::path> libraries;
    for (const auto& entry : fs::directory_iterator(directory, ec))
        if (entry.path().extension() == ".so" && entry.is_regular_file(ec)) libraries.push_back(entry.path());
    if (ec) throw PluginError(fmt::format("cannot read plugin directory {}: {}", directory, ec.message()));
    std::sort(libraries.begin(), libraries.end());

    std::vector<LoadedPlugin> out;
    for (const auto& library : libraries) out.push_back(load(library.string(), registry, builtin));
    return out;
}

}  // namespace gklint
