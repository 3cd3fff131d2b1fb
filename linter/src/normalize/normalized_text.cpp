#include "normalize/normalized_text.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include <unicode/utf8.h>

#include "normalize/fold.h"
#include "normalize/pinyin.h"

namespace gklint {
namespace {

// A document is Traditional when at least this share of its Han characters (and
// at least kMinTraditional of them) are Traditional forms: a Simplified report
// quoting one old name is not.
constexpr std::size_t kMinTraditional = 20;
constexpr double kTraditionalShare = 0.02;

// The Han characters ICU's Hant-Hans changes, with their Simplified forms, sorted by
// code point: generated at build time (linter/tools/gen_hant_hans.cpp) so that no
// transliterator is created at run time.
struct Simplification {
    char32_t traditional;
    const char* simplified;
};

constexpr Simplification kHantHans[] = {
#include "hant_hans_table.inc"
};

// The Simplified form of `c`, or null when Hant-Hans leaves it as it is.
const char* simplified_form(UChar32 c) {
    auto it = std::lower_bound(std::begin(kHantHans), std::end(kHantHans), static_cast<char32_t>(c),
                               [](const Simplification& e, char32_t key) { return e.traditional < key; });
    return it != std::end(kHantHans) && it->traditional == static_cast<char32_t>(c) ? it->simplified : nullptr;
}

bool is_han(UChar32 c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F) ||
           (c >= 0xF900 && c <= 0xFAFF);
}

}  // namespace

NormalizedText normalize_text(std::string_view decoded) {
    const auto* s = reinterpret_cast<const uint8_t*>(decoded.data());
    const auto n = static_cast<int32_t>(decoded.size());

    // Cheap first pass: is there anything to change at all?
    bool needed = false;
    for (int32_t pos = 0; pos < n && !needed;) {
        UChar32 c;
        U8_NEXT(s, pos, n, c);
        if (c < 0x3400) continue;
        if (simplified_form(c)) needed = true;
        if (is_han(c) && pos < n && (decoded[static_cast<std::size_t>(pos)] == '(' ||
                                     decoded.substr(static_cast<std::size_t>(pos), 3) == "（"))
            needed = needed || pinyin_annotation_length(decoded.substr(static_cast<std::size_t>(pos))) > 0;
    }
    NormalizedText out;
    if (!needed) {
        out.source = decoded;
        out.map = OffsetMap::identity(decoded.size());
        return out;
    }

    out.identity = false;
    std::size_t han = 0;
    std::size_t copied_from = 0;  // start of the pending unchanged run
    auto flush = [&](std::size_t upto) {
        if (upto > copied_from) {
            out.changed.append(decoded.substr(copied_from, upto - copied_from));
            out.map.append(upto - copied_from, copied_from, upto - copied_from);
        }
    };
    for (int32_t pos = 0; pos < n;) {
        int32_t start = pos;
        UChar32 c;
        U8_NEXT(s, pos, n, c);
        if (c < 0 || !is_han(c)) continue;
        ++han;
        auto begin = static_cast<std::size_t>(start), end = static_cast<std::size_t>(pos);
        if (const char* simplified = simplified_form(c)) {
            std::string_view simple(simplified);
            {
                flush(begin);
                out.changed.append(simple);
                out.map.append(simple.size(), begin, end - begin);
                copied_from = end;
                ++out.traditional_chars;
            }
        }
        if (std::size_t annotation = pinyin_annotation_length(decoded.substr(end))) {
            flush(end);
            out.map.append(0, end, annotation);
            copied_from = end + annotation;
            pos = static_cast<int32_t>(copied_from);
            ++out.pinyin_annotations;
        }
    }
    flush(decoded.size());
    out.traditional = out.traditional_chars >= kMinTraditional &&
                      static_cast<double>(out.traditional_chars) >= kTraditionalShare * static_cast<double>(han);
    return out;
}

std::string fold_for_match(std::string_view text) {
    std::u32string folded = fold_label_text(text);
    std::string out;
    out.reserve(folded.size() * 3);
    for (char32_t c : folded) {
        char buf[4];
        int32_t len = 0;
        UBool error = false;
        U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, static_cast<UChar32>(c), error);
        if (!error) out.append(buf, static_cast<std::size_t>(len));
    }
    return out;
}

}  // namespace gklint
