#pragma once
// Optional helper for plugins (and the engine) that run ICU regular expressions over
// the document's UTF-8 text: ICU matches UTF-16 on its fast path, and the plugin ABI
// speaks in UTF-8 byte offsets. Utf16Text converts once and maps every UTF-16 index
// back to its byte offset. Header-only; needs ICU (icu-uc). Not part of the C ABI.
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace gklint {

struct Utf16Text {
    std::string source;                // the UTF-8 text converted
    icu::UnicodeString text;           // the same text in UTF-16 (invalid bytes as U+FFFD)
    std::vector<std::size_t> byte_at;  // byte offset of each UTF-16 unit, plus one for the end

    explicit Utf16Text(std::string_view utf8 = {}) { assign(utf8); }

    void assign(std::string_view utf8) {
        source.assign(utf8);
        text.remove();
        byte_at.clear();
        byte_at.reserve(utf8.size() + 1);
        auto size = static_cast<int32_t>(utf8.size());
        for (int32_t i = 0; i < size;) {
            auto at = static_cast<std::size_t>(i);
            UChar32 c;
            U8_NEXT(utf8.data(), i, size, c);
            if (c < 0) c = 0xFFFD;
            text.append(c);
            byte_at.push_back(at);
            if (c > 0xFFFF) byte_at.push_back(at);
        }
        byte_at.push_back(utf8.size());
    }

    std::size_t byte(int32_t unit) const { return byte_at[static_cast<std::size_t>(unit)]; }

    bool holds(std::string_view utf8) const {
        return !byte_at.empty() && source.size() == utf8.size() && std::equal(utf8.begin(), utf8.end(), source.begin());
    }

    // The conversion of `utf8`, reusing this thread's earlier one when the text is the
    // same (many rules match the same document in a row). Short texts (a label, a
    // clause) have a slot of their own, so that matching one between two searches of
    // the document does not convert the document again; the document and its
    // normalised view keep one slot each.
    static const Utf16Text& of(std::string_view utf8) {
        constexpr std::size_t kShort = 512;
        thread_local Utf16Text short_text, long_texts[2];
        thread_local std::size_t next_long = 0;
        if (utf8.size() < kShort) {
            if (!short_text.holds(utf8)) short_text.assign(utf8);
            return short_text;
        }
        for (const Utf16Text& t : long_texts)
            if (t.holds(utf8)) return t;
        Utf16Text& slot = long_texts[next_long];
        next_long = (next_long + 1) % 2;
        slot.assign(utf8);
        return slot;
    }
};

}  // namespace gklint
