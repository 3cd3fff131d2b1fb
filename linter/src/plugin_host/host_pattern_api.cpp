#include "plugin_host/host_pattern_api.h"

#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "packs/icu_regex.h"
#include "packs/pattern_prefilter.h"
#include "packs/single_pattern_scan.h"

namespace gklint::host_patterns {
namespace {

struct Registered {
    std::unique_ptr<SinglePatternScan> scan;
    std::unique_ptr<IcuRegex> icu;  // GKLINT_PREFILTER=verify only: to check the windows
};

// Handles are indices + 1 into `patterns`; a deque never moves what it holds, so a
// pattern is read without the lock once registered.
struct Registry {
    std::mutex mutex;
    std::deque<Registered> patterns;
    std::unordered_map<std::string, uint32_t> by_source;
};

Registry& registry() {
    static Registry r;
    return r;
}

}  // namespace

uint32_t register_pattern(const char* icu_pattern, std::size_t length) {
    const auto mode = PatternPrefilter::global().mode();
    if (!icu_pattern || mode == PatternPrefilter::Mode::Off) return 0;
    std::string source(icu_pattern, length);
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    if (auto found = r.by_source.find(source); found != r.by_source.end()) return found->second;
    uint32_t handle = 0;
    if (auto scan = SinglePatternScan::compile(source)) {
        std::unique_ptr<IcuRegex> icu;
        if (mode == PatternPrefilter::Mode::Verify) {
            try {
                icu = std::make_unique<IcuRegex>(source, false, false);
            } catch (const std::exception&) {
                return 0;  // not a valid ICU pattern: the plugin finds out itself
            }
        }
        r.patterns.push_back({std::move(scan), std::move(icu)});
        handle = static_cast<uint32_t>(r.patterns.size());
    }
    r.by_source.emplace(std::move(source), handle);
    return handle;
}

int windows(uint32_t handle, const char* text, std::size_t length, void (*window)(void*, std::size_t, std::size_t),
            void* user) {
    if (handle == 0 || !window || (!text && length > 0)) return 0;
    const Registered* p = nullptr;
    {
        Registry& r = registry();
        std::lock_guard lock(r.mutex);
        if (handle > r.patterns.size()) return 0;
        p = &r.patterns[handle - 1];
    }
    std::string_view view(text ? text : "", length);
    auto found = p->scan->windows(view);
    if (!found) return 0;
    if (p->icu) verify_windows(*p->icu, view, *found);
    for (const auto& w : *found) window(user, w.begin, w.end);
    return 1;
}

}  // namespace gklint::host_patterns
