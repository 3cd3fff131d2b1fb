#include "normalize/normalized_text.h"

#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include <unicode/translit.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>
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

struct Converter {
    std::unique_ptr<icu::Transliterator> transliterator;
    icu::UnicodeSet source;  // characters Hant-Hans may change (frozen: safe to share)
};

const Converter& shared_converter() {
    static const Converter converter = [] {
        Converter c;
        UErrorCode status = U_ZERO_ERROR;
        c.transliterator.reset(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) c.transliterator.reset();
        if (c.transliterator) c.transliterator->getSourceSet(c.source);
        c.source.freeze();
        return c;
    }();
    return converter;
}

// Transliterators are not thread-safe: each thread converts with its own clone,
// remembering what it has converted.
class ThreadConverter {
public:
    // Whether Hant-Hans changes `c` at all (most characters of a Simplified
    // report it does not), remembered per BMP character.
    bool changes(UChar32 c, std::string_view as_written) {
        if (c < 0 || c > 0xFFFF) return simplified(c) != as_written;
        if (known_.empty()) known_.assign(0x10000, 0);
        auto& k = known_[static_cast<std::size_t>(c)];
        if (k == 0) k = shared_converter().source.contains(c) && simplified(c) != as_written ? 2 : 1;
        return k == 2;
    }

    const std::string& simplified(UChar32 c) {
        auto it = cache_.find(c);
        if (it != cache_.end()) return it->second;
        std::string out;
        if (!transliterator_ && shared_converter().transliterator)
            transliterator_.reset(shared_converter().transliterator->clone());
        icu::UnicodeString s(c);
        if (transliterator_) transliterator_->transliterate(s);
        s.toUTF8String(out);
        return cache_.emplace(c, std::move(out)).first->second;
    }

private:
    std::unique_ptr<icu::Transliterator> transliterator_;
    std::unordered_map<UChar32, std::string> cache_;
    std::vector<uint8_t> known_;  // 0 unknown, 1 unchanged, 2 changed
};

bool is_han(UChar32 c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F) ||
           (c >= 0xF900 && c <= 0xFAFF);
}

}  // namespace

NormalizedText normalize_text(std::string_view decoded) {
    const auto* s = reinterpret_cast<const uint8_t*>(decoded.data());
    const auto n = static_cast<int32_t>(decoded.size());

    thread_local ThreadConverter converter;
    // Cheap first pass: is there anything to change at all?
    bool needed = false;
    for (int32_t pos = 0; pos < n && !needed;) {
        UChar32 c;
        int32_t start = pos;
        U8_NEXT(s, pos, n, c);
        if (c < 0x3400) continue;
        if (converter.changes(c, decoded.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(pos - start))))
            needed = true;
        if (is_han(c) && pos < n && (decoded[static_cast<std::size_t>(pos)] == '(' ||
                                     decoded.substr(static_cast<std::size_t>(pos), 3) == "（"))
            needed = needed || pinyin_annotation_length(decoded.substr(static_cast<std::size_t>(pos))) > 0;
    }
    NormalizedText out;
    if (!needed) {
        out.text = std::string(decoded);
        out.map = OffsetMap::identity(decoded.size());
        return out;
    }

    std::size_t han = 0;
    std::size_t copied_from = 0;  // start of the pending unchanged run
    auto flush = [&](std::size_t upto) {
        if (upto > copied_from) {
            out.text.append(decoded.substr(copied_from, upto - copied_from));
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
        if (converter.changes(c, decoded.substr(begin, end - begin))) {
            const std::string& simple = converter.simplified(c);
            {
                flush(begin);
                out.text.append(simple);
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
