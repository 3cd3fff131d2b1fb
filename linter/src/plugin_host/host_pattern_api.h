#pragma once
// The host API's pattern scan for plugins: pattern_register and pattern_windows.
#include <cstddef>
#include <cstdint>

namespace gklint::host_patterns {

uint32_t register_pattern(const char* icu_pattern, std::size_t length);
int windows(uint32_t handle, const char* text, std::size_t length, void (*window)(void*, std::size_t, std::size_t),
            void* user);

}  // namespace gklint::host_patterns
