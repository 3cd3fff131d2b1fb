#include "text/line_index.h"

#include <algorithm>

namespace gklint {

LineIndex::LineIndex(std::string_view text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c != '\n' && c != '\r') continue;
        ends_.push_back(i);
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        starts_.push_back(i + 1);
    }
    ends_.push_back(text.size());
}

std::size_t LineIndex::line_of(std::size_t offset) const {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    return static_cast<std::size_t>(it - starts_.begin()) - 1;
}

}  // namespace gklint
