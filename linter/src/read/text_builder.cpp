#include "read/text_builder.h"

namespace gklint {

void TextBuilder::flush_space() {
    if (!pending_space_) return;
    pending_space_ = false;
    if (text_.empty() || text_.back() == '\n' || text_.back() == ' ' || text_.back() == '\t') return;
    text_ += ' ';
    map_.append(1, pending_src_, 1);
}

void TextBuilder::copy(std::string_view text, std::size_t src) {
    if (text.empty()) return;
    flush_space();
    text_ += text;
    map_.append(text.size(), src, text.size());
}

void TextBuilder::replace(std::string_view text, std::size_t src, std::size_t src_len) {
    if (text.empty()) return;
    flush_space();
    text_ += text;
    map_.append(text.size(), src, src_len);
}

void TextBuilder::insert(std::string_view text, std::size_t src) {
    if (text.empty()) return;
    if (text.front() != '\n') flush_space();
    pending_space_ = false;
    text_ += text;
    map_.append(text.size(), src, 0);
}

void TextBuilder::end_line(std::size_t src) {
    pending_space_ = false;
    if (text_.empty() || text_.back() == '\n') return;
    insert("\n", src);
}

void TextBuilder::space(std::size_t src) {
    if (pending_space_) return;
    pending_space_ = true;
    pending_src_ = src;
}

}  // namespace gklint
