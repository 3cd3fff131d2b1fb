#include "text/source_map.h"

#include <algorithm>

namespace gklint {

SourceMap SourceMap::shifted(std::size_t shift, std::size_t original_size) {
    SourceMap m;
    m.shift_ = shift;
    m.original_size_ = original_size;
    return m;
}

SourceMap SourceMap::transcoded(std::size_t original_size) {
    SourceMap m;
    m.original_size_ = original_size;
    m.transcoded_ = true;
    return m;
}

void SourceMap::add(std::size_t text_offset, std::size_t original_offset) {
    points_.emplace_back(text_offset, original_offset);
}

std::size_t SourceMap::to_original(std::size_t text_offset) const {
    if (!transcoded_) return std::min(text_offset + shift_, original_size_);
    if (text_offset >= text_size_) return original_size_;
    auto it = std::upper_bound(points_.begin(), points_.end(), text_offset,
                               [](std::size_t t, const auto& p) { return t < p.first; });
    if (it == points_.begin()) return 0;
    --it;
    return it->second;
}

}  // namespace gklint
