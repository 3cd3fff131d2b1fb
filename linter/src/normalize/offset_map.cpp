#include "normalize/offset_map.h"

#include <algorithm>

namespace gklint {

OffsetMap OffsetMap::identity(std::size_t size) {
    OffsetMap m;
    m.identity_ = true;
    m.out_size_ = size;
    return m;
}

void OffsetMap::append(std::size_t out_len, std::size_t src, std::size_t src_len) {
    if (out_len == 0 && src_len == 0) return;
    if (!pieces_.empty()) {
        Piece& last = pieces_.back();
        // Runs copied unchanged merge into one piece.
        if (last.out_len == last.src_len && out_len == src_len && last.src + last.src_len == src &&
            last.out + last.out_len == out_size_) {
            last.out_len += out_len;
            last.src_len += src_len;
            out_size_ += out_len;
            return;
        }
    }
    pieces_.push_back({out_size_, out_len, src, src_len});
    out_size_ += out_len;
    identity_ = false;
}

const OffsetMap::Piece* OffsetMap::piece_at(std::size_t out_offset) const {
    if (pieces_.empty()) return nullptr;
    auto it = std::upper_bound(pieces_.begin(), pieces_.end(), out_offset,
                               [](std::size_t o, const Piece& p) { return o < p.out; });
    if (it == pieces_.begin()) return &pieces_.front();
    return &*(it - 1);
}

std::size_t OffsetMap::to_source(std::size_t out_offset) const {
    if (identity_) return out_offset;
    if (pieces_.empty()) return 0;
    if (out_offset >= out_size_) return pieces_.back().src + pieces_.back().src_len;
    const Piece* p = piece_at(out_offset);
    if (p->out_len == p->src_len) return p->src + (out_offset - p->out);
    return p->src;
}

std::size_t OffsetMap::from_source(std::size_t src_offset) const {
    if (identity_) return src_offset;
    if (pieces_.empty()) return 0;
    auto it = std::upper_bound(pieces_.begin(), pieces_.end(), src_offset,
                               [](std::size_t o, const Piece& p) { return o < p.src; });
    if (it == pieces_.begin()) return 0;
    const Piece& p = *(it - 1);
    if (src_offset >= p.src + p.src_len) return p.out + p.out_len;
    if (p.out_len == p.src_len) return p.out + (src_offset - p.src);
    return p.out;
}

std::size_t OffsetMap::to_source_end(std::size_t out_end_offset) const {
    if (identity_) return out_end_offset;
    if (pieces_.empty()) return 0;
    if (out_end_offset == 0) return pieces_.front().src;
    if (out_end_offset > out_size_) out_end_offset = out_size_;
    const Piece* p = piece_at(out_end_offset - 1);
    if (p->out_len == p->src_len) return p->src + (out_end_offset - p->out);
    return p->src + p->src_len;
}

}  // namespace gklint
