#pragma once
// Lines up the text of an HTML text node (entities decoded, CR LF folded by the
// parser) with the page source it was parsed from, piece by piece.
#include <cstddef>
#include <string_view>
#include <vector>

namespace gklint {

struct AlignedPiece {
    std::size_t text_begin, text_end;      // in the node's decoded text
    std::size_t source_begin, source_end;  // in the page source
    bool verbatim;                          // the source says exactly the text
};

// `source_begin` is where `original` starts in the page. Pieces come in text order and
// cover the whole text; where the two cannot be lined up any more (markup the parser
// dropped, text it moved) the rest of the text stands for the rest of the source.
std::vector<AlignedPiece> align_text_with_source(std::string_view text, std::string_view original,
                                                 std::size_t source_begin);

}  // namespace gklint
