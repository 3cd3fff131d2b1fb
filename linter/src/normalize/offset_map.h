#pragma once
// Maps byte offsets of a derived text (normalised view) back to the text it was
// derived from. Built piece by piece: each appended piece of output remembers the
// source range it came from. Pieces whose lengths match map byte for byte;
// others (a Traditional character replaced, pinyin deleted) map to their edges.
#include <algorithm>
#include <cstddef>
#include <vector>

#include "core/diagnostic.h"

namespace gklint {

class OffsetMap {
public:
    // Identity over a text of `size` bytes.
    static OffsetMap identity(std::size_t size);

    // Output bytes [out, out+out_len) came from source bytes [src, src+src_len).
    // Pieces must be appended in increasing order of both out and src.
    void append(std::size_t out_len, std::size_t src, std::size_t src_len);

    std::size_t to_source(std::size_t out_offset) const;           // start-biased
    std::size_t to_source_end(std::size_t out_end_offset) const;   // end-biased (for range ends)
    // An empty range stays empty; a range never comes out inverted (an empty
    // range right after removed text would, start- and end-biased).
    TextRange to_source(TextRange out) const {
        std::size_t begin = to_source(out.begin);
        if (out.end <= out.begin) return {begin, begin};
        return {begin, std::max(begin, to_source_end(out.end))};
    }
    // The inverse: the output offset of a source offset (start of the piece it falls in
    // when the piece was rewritten).
    std::size_t from_source(std::size_t src_offset) const;
    TextRange from_source(TextRange src) const {
        std::size_t begin = from_source(src.begin);
        return {begin, std::max(begin, from_source(src.end))};
    }
    bool is_identity() const { return identity_; }
    std::size_t output_size() const { return out_size_; }

private:
    struct Piece {
        std::size_t out, out_len, src, src_len;
    };
    const Piece* piece_at(std::size_t out_offset) const;
    std::vector<Piece> pieces_;
    std::size_t out_size_ = 0;
    bool identity_ = false;
};

}  // namespace gklint
