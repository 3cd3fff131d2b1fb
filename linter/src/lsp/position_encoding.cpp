#include "lsp/position_encoding.h"

#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "text/columns.h"

namespace gklint::lsp {
namespace {

ColumnUnit column_unit(PositionEncoding encoding) {
    switch (encoding) {
        case PositionEncoding::Utf8: return ColumnUnit::Byte;
        case PositionEncoding::Utf16: return ColumnUnit::Utf16;
        case PositionEncoding::Utf32: return ColumnUnit::CodePoint;
    }
    return ColumnUnit::Utf16;
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string_view encoding_name(PositionEncoding encoding) {
    switch (encoding) {
        case PositionEncoding::Utf8: return "utf-8";
        case PositionEncoding::Utf16: return "utf-16";
        case PositionEncoding::Utf32: return "utf-32";
    }
    return "utf-16";
}

std::optional<PositionEncoding> parse_encoding(std::string_view name) {
    if (name == "utf-8" || name == "utf8") return PositionEncoding::Utf8;
    if (name == "utf-16" || name == "utf16") return PositionEncoding::Utf16;
    if (name == "utf-32" || name == "utf32") return PositionEncoding::Utf32;
    return std::nullopt;
}

PositionEncoding negotiate_encoding(const std::vector<std::string>& offered) {
    for (const auto& name : offered)
        if (auto encoding = parse_encoding(name)) return *encoding;
    return PositionEncoding::Utf16;
}

PositionMapper::PositionMapper(std::string_view text, PositionEncoding encoding)
    : text_(text), encoding_(encoding), lines_(text) {}

std::size_t PositionMapper::offset(LspPosition position) const {
    if (position.line >= lines_.count()) return text_.size();
    std::size_t begin = lines_.line_start(position.line);
    std::size_t end = lines_.line_end(position.line);
    if (encoding_ == PositionEncoding::Utf8) {
        std::size_t at = begin + std::min(position.character, end - begin);
        while (at > begin && at < end && is_continuation(text_[at])) --at;
        return at;
    }
    const auto* p = reinterpret_cast<const uint8_t*>(text_.data());
    auto limit = static_cast<int32_t>(end);
    std::size_t units = 0;
    for (auto i = static_cast<int32_t>(begin); i < limit;) {
        auto start = static_cast<std::size_t>(i);
        UChar32 c;
        U8_NEXT_OR_FFFD(p, i, limit, c);
        units += encoding_ == PositionEncoding::Utf16 ? static_cast<std::size_t>(U16_LENGTH(c)) : 1;
        if (units > position.character) return start;
    }
    return end;
}

LspPosition PositionMapper::position(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    std::size_t line = lines_.line_of(offset);
    std::size_t begin = lines_.line_start(line);
    // An offset inside a line terminator (between \r and \n) belongs to the line's end.
    offset = std::min(offset, lines_.line_end(line));
    while (offset > begin && offset < text_.size() && is_continuation(text_[offset])) --offset;
    return LspPosition{line, count_columns(text_.substr(begin, offset - begin), column_unit(encoding_))};
}

}  // namespace gklint::lsp
