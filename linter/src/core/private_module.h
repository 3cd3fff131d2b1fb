#pragma once
// gklint's own modules (<prefix>/lib/gklint/<file>, or $GKLINT_MODULE_DIR/<file>): parts
// that need large libraries, loaded with dlopen only by the runs that use them. Each exports
// one entry function returning a table whose first member is the version of this build.
#include <string>
#include <string_view>
#include <utility>

namespace gklint {

// The module's `entry` symbol, or null and why not.
std::pair<void*, std::string> find_module_entry(std::string_view file, const char* entry, std::string_view what);

template <typename Table>
std::pair<const Table*, std::string> load_private_module(std::string_view file, const char* entry, int version,
                                                         std::string_view what) {
    auto [symbol, error] = find_module_entry(file, entry, what);
    if (!symbol) return {nullptr, std::move(error)};
    const Table* table = reinterpret_cast<const Table* (*)()>(symbol)();
    if (!table || table->version != version)
        return {nullptr, "the " + std::string(what) + " module " + std::string(file) + " is not from this build of gklint"};
    return {table, {}};
}

}  // namespace gklint
