#pragma once
// Maps byte offsets in decoded UTF-8 text back to byte offsets in the original file.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace gklint {

class SourceMap {
public:
    // Text offset t corresponds to original offset t + shift (UTF-8 input, BOM skipped).
    static SourceMap shifted(std::size_t shift, std::size_t original_size);
    // Built code point by code point for transcoded input.
    static SourceMap transcoded(std::size_t original_size);

    // Records that the code point starting at text_offset starts at original_offset.
    // Calls must come in increasing text order.
    void add(std::size_t text_offset, std::size_t original_offset);
    // Records the decoded text's size once every code point was added.
    void finish(std::size_t text_size) { text_size_ = text_size; }

    // Original offset of a text offset; an offset inside a code point maps to the
    // start of that code point, the end of the text maps to the end of the file.
    std::size_t to_original(std::size_t text_offset) const;
    std::size_t original_size() const { return original_size_; }
    bool is_identity() const { return points_.empty() && shift_ == 0; }

private:
    std::size_t shift_ = 0;
    std::size_t original_size_ = 0;
    bool transcoded_ = false;
    std::size_t text_size_ = 0;
    std::vector<std::pair<std::size_t, std::size_t>> points_;
};

}  // namespace gklint
