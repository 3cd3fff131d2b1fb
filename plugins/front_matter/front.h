#pragma once
// What the front_matter rules share: the normalised text (Simplified, pinyin removed)
// as a "flat" text without spaces and line breaks — PDF text wraps a title, a period
// statement or a table label anywhere, and writes "2023 年 1 月 1 日" — with every byte
// mapped back to the document; the sections and the tables' ranges.
#include <cstdint>

#include <gklint/plugin.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "utf8_regex.h"

namespace front_matter {

using gklint::plugin::Context;
using plugin_common::ByteRange;
using plugin_common::RegexMatch;
using plugin_common::Utf8Regex;

// What Front computes from the document, once per document and shared by the
// front_matter rules (Context::shared): nothing in it refers to one rule's check.
struct FrontData {
    explicit FrontData(const Context& ctx);

    std::string_view norm;                     // normalised text
    std::string flat;                          // `norm` without whitespace; full-width digits and brackets folded
    std::vector<gklint_section_info> sections;
    std::vector<gklint_range> tables;          // document ranges of the statistics tables present

    // The flat text in pieces, each mapped to the normalised text: a run of characters of
    // one byte length copied as they are, or one folded character. (A map per flat byte
    // took 16 bytes for each byte of text: 100 MB for a 3 MB web page.) 12 bytes: offsets
    // fit in 32 bits, as everywhere the decoder has been.
    struct Piece {
        std::uint32_t flat;   // first flat byte
        std::uint32_t norm;   // normalised offset of its first character
        std::uint8_t length;  // bytes of each of its characters in the normalised text
        bool folded;          // one character written differently in the flat text
    };
    std::vector<Piece> pieces;

    std::size_t piece_end(std::size_t index) const;
    // The normalised range of the character a flat byte belongs to.
    ByteRange char_of(std::size_t flat_byte) const;
    // The first flat byte whose character starts at or after a normalised offset.
    std::size_t flat_at(std::size_t normalized) const;
};

class Front {
public:
    explicit Front(const Context& ctx);

    const Context& ctx;

private:
    std::shared_ptr<const FrontData> data_;

public:
    std::string_view norm;                     // normalised text
    const std::string& flat;                   // `norm` without whitespace; full-width digits and brackets folded
    const std::vector<gklint_section_info>& sections;
    const std::vector<gklint_range>& tables;   // document ranges of the statistics tables present

    // A range of the flat text in the document.
    gklint_range doc(ByteRange flat_range) const;
    // The flat offset of a document offset (the first flat byte at or after it).
    std::size_t flat_offset(std::size_t doc_offset) const;
    std::string_view text(ByteRange r) const { return std::string_view(flat).substr(r.begin, r.end - r.begin); }

    // Document offset where the first present section heading starts (the text's end when none).
    std::size_t first_heading() const;
    // At least three of the six sections are present: a whole report, not a fragment.
    bool whole_report() const;
    // Does a document range lie inside a statistics table?
    bool in_table(gklint_range doc_range) const;
    // The document range of the first non-blank line (empty at 0 for a blank text).
    gklint_range first_line() const;
};

// Does `s` contain any of the words?
bool contains_any(std::string_view s, std::initializer_list<std::string_view> words);

}  // namespace front_matter
