#pragma once
// Optional helper for plugins (and the engine) that run ICU regular expressions over
// the document's UTF-8 text: ICU matches UTF-16 on its fast path, and the plugin ABI
// speaks in UTF-8 byte offsets. Utf16Text converts once and maps every UTF-16 index
// back to its byte offset. Header-only; needs ICU (icu-uc). Not part of the C ABI.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace gklint {

struct Utf16Text {
    icu::UnicodeString text;             // the text in UTF-16 (invalid bytes as U+FFFD)
    std::vector<std::uint32_t> byte_at;  // byte offset of each UTF-16 unit, plus one for the end

    explicit Utf16Text(std::string_view utf8 = {}) { assign(utf8); }

    // Two passes — count the units, then fill both arrays — so that nothing grows by
    // appending: 6 bytes for each Chinese character of 3 (a copy of the UTF-8 and 8-byte
    // offsets took 13).
    void assign(std::string_view utf8) {
        const auto size = static_cast<int32_t>(utf8.size());
        int32_t units = 0;
        for (int32_t i = 0; i < size;) {
            UChar32 c;
            U8_NEXT(utf8.data(), i, size, c);
            units += c > 0xFFFF ? 2 : 1;
        }
        byte_at.assign(static_cast<std::size_t>(units) + 1, 0);
        text.remove();
        char16_t* out = text.getBuffer(units);
        if (!out) throw std::bad_alloc();
        int32_t unit = 0;
        for (int32_t i = 0; i < size;) {
            auto at = static_cast<std::uint32_t>(i);
            UChar32 c;
            U8_NEXT(utf8.data(), i, size, c);
            if (c < 0) c = 0xFFFD;
            byte_at[static_cast<std::size_t>(unit)] = at;
            if (c > 0xFFFF) {
                byte_at[static_cast<std::size_t>(unit) + 1] = at;
                out[unit++] = U16_LEAD(c);
                out[unit++] = U16_TRAIL(c);
            } else {
                out[unit++] = static_cast<char16_t>(c);
            }
        }
        text.releaseBuffer(units);
        byte_at[static_cast<std::size_t>(units)] = static_cast<std::uint32_t>(utf8.size());
        converted_ = {utf8.data(), utf8.size(), std::hash<std::string_view>{}(utf8)};
    }

    std::size_t byte(int32_t unit) const { return byte_at[static_cast<std::size_t>(unit)]; }

    // The same text as the one converted: same place, same length, same hash (the
    // text itself is not kept: a 60 MB page would be held once more by each cache).
    bool holds(std::string_view utf8) const {
        return !byte_at.empty() && converted_.data == utf8.data() && converted_.size == utf8.size() &&
               converted_.hash == std::hash<std::string_view>{}(utf8);
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

private:
    struct Identity {
        const char* data = nullptr;
        std::size_t size = 0;
        std::size_t hash = 0;
    } converted_;
};

}  // namespace gklint
