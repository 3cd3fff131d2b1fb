#pragma once
// Small helpers for the ordered, duplicate-free path lists configurations keep.
#include <algorithm>
#include <string>
#include <vector>

namespace gklint {

inline bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

inline void add_unique(std::vector<std::string>& list, const std::string& item) {
    if (!contains(list, item)) list.push_back(item);
}

}  // namespace gklint
