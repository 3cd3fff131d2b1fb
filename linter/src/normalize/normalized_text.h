#pragma once
// The normalised view of a document used for matching: Traditional characters
// mapped to Simplified and injected pinyin annotations removed, with an OffsetMap
// back to the decoded text. Everything else (widths, spaces, line breaks) is kept,
// so that text positions stay meaningful; width folding is done by fold_for_match.
#include <cstddef>
#include <string>
#include <string_view>

#include "normalize/offset_map.h"

namespace gklint {

struct NormalizedText {
    // The normalised text: the decoded text itself when nothing needed changing (which
    // then must outlive this; no copy of a 60 MB page), else `changed`.
    std::string_view text() const { return identity ? source : std::string_view(changed); }
    bool identity = true;
    std::string_view source;
    std::string changed;
    OffsetMap map;                  // text offsets -> decoded text offsets
    bool traditional = false;       // the document was (mostly) Traditional Chinese
    std::size_t traditional_chars = 0;  // characters converted
    std::size_t pinyin_annotations = 0;  // annotation groups removed
};

// Cheap when nothing needs changing: a Simplified text without annotations is
// returned as is (not copied: `decoded` must outlive the result) with an identity map.
NormalizedText normalize_text(std::string_view decoded);

// Canonical form for comparing labels and headings: full-width ASCII and
// punctuation folded to half-width (（）：，；！？ and full-width digits/letters),
// every kind of whitespace removed, "1、" treated as "1.", quotes unified.
std::string fold_for_match(std::string_view text);

}  // namespace gklint
