#pragma once
// Builds a reader's text piece by piece, each piece remembering the range of the
// source it stands for, so that positions can be traced back (an OffsetMap).
#include <cstddef>
#include <string>
#include <string_view>

#include "normalize/offset_map.h"

namespace gklint {

class TextBuilder {
public:
    // Text copied from source bytes [src, src + text.size()): maps byte for byte.
    void copy(std::string_view text, std::size_t src);
    // Text standing for source bytes [src, src + src_len) as a whole (an entity, a
    // glyph): every offset inside maps to the range's start.
    void replace(std::string_view text, std::size_t src, std::size_t src_len);
    // Text the source does not have (a line break between paragraphs, a tab between
    // cells), placed at source offset `src`.
    void insert(std::string_view text, std::size_t src);
    // A '\n' unless the text is empty or already ends with one.
    void end_line(std::size_t src);

    const std::string& text() const { return text_; }
    std::size_t size() const { return text_.size(); }
    bool ends_with_newline() const { return !text_.empty() && text_.back() == '\n'; }
    // Collapsible white space at source offset `src` (HTML): becomes one ' ' only when
    // more text follows on the same line; dropped before a line end or at a line start.
    void space(std::size_t src);

    std::string take_text() { return std::move(text_); }
    OffsetMap take_map() { return std::move(map_); }

private:
    void flush_space();

    std::string text_;
    OffsetMap map_;
    bool pending_space_ = false;
    std::size_t pending_src_ = 0;
};

}  // namespace gklint
