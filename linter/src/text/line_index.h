#pragma once
// Line starts of a UTF-8 text; lines end at \n, \r\n or a lone \r.
#include <cstddef>
#include <string_view>
#include <vector>

namespace gklint {

class LineIndex {
public:
    LineIndex() = default;
    explicit LineIndex(std::string_view text);

    std::size_t count() const { return starts_.size(); }
    // 0-based line containing a byte offset (the end of the text belongs to the last line).
    std::size_t line_of(std::size_t offset) const;
    std::size_t line_start(std::size_t line) const { return starts_[line]; }
    // End of the line's content, before its terminator.
    std::size_t line_end(std::size_t line) const { return ends_[line]; }

private:
    std::vector<std::size_t> starts_;
    std::vector<std::size_t> ends_;
};

}  // namespace gklint
