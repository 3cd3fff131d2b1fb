#pragma once
// Reading structs a plugin wrote. Every ABI struct starts with its struct_size;
// a plugin built against an older (shorter) or newer (longer) header passes a
// different size than the host's sizeof.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>

namespace gklint {

inline std::uint32_t struct_size_at(const void* from) {
    std::uint32_t size = 0;
    std::memcpy(&size, from, sizeof size);
    return size;
}

// A zero-initialised host struct holding what the plugin wrote (fields it did
// not write stay zero). The copy keeps the plugin's struct_size, so
// GKLINT_HAS_FIELD still tells which fields exist. memcpy also tolerates a
// misaligned pointer.
template <typename T>
T copy_struct(const void* from) {
    static_assert(std::is_trivially_copyable_v<T>);
    T copy{};
    std::memcpy(&copy, from, std::min<std::size_t>(struct_size_at(from), sizeof(T)));
    return copy;
}

// Element `index` of an array of plugin structs: the plugin's struct_size, not
// the host's sizeof, is the stride.
inline const void* sized_element(const void* array, std::size_t index) {
    return static_cast<const unsigned char*>(array) + index * struct_size_at(array);
}

// The integer a plugin stored in an enum field. A C plugin may store any value
// there; loading it as the C++ enum type would be undefined for unknown ones.
template <typename Enum>
std::underlying_type_t<Enum> enum_value(const Enum& field) {
    std::underlying_type_t<Enum> value{};
    std::memcpy(&value, &field, sizeof value);
    return value;
}

}  // namespace gklint
