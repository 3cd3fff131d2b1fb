#pragma once
// Optional helper for plugins (and the engine) that run ICU regular expressions over
// the document's UTF-8 text: ICU matches UTF-16 on its fast path, and the plugin ABI
// speaks in UTF-8 byte offsets. Utf16Text converts once and maps UTF-16 indices and
// byte offsets both ways. Header-only; needs ICU (icu-uc). Not part of the C ABI.
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
    icu::UnicodeString text;  // the text in UTF-16 (invalid bytes as U+FFFD)

    explicit Utf16Text(std::string_view utf8 = {}) { assign(utf8); }

    // Two passes — count the units, then fill — so that nothing grows by appending. The
    // byte offsets are kept for every 16th unit only (the others follow from the units
    // between: 2.25 bytes for each Chinese character of 3), for every unit when the text
    // has an invalid byte sequence (its U+FFFD stands for 1 to 3 bytes).
    void assign(std::string_view utf8) {
        const auto size = static_cast<int32_t>(utf8.size());
        int32_t units = 0;
        bool valid = true;
        for (int32_t i = 0; i < size;) {
            UChar32 c;
            U8_NEXT(utf8.data(), i, size, c);
            units += c > 0xFFFF ? 2 : 1;
            valid = valid && c >= 0;
        }
        stride_ = valid ? kStride : 1;
        offsets_.assign(static_cast<std::size_t>(units / stride_) + 1, 0);
        text.remove();
        char16_t* out = text.getBuffer(units);
        if (!out) throw std::bad_alloc();
        int32_t unit = 0;
        for (int32_t i = 0; i < size;) {
            auto at = static_cast<std::uint32_t>(i);
            UChar32 c;
            U8_NEXT(utf8.data(), i, size, c);
            if (c < 0) c = 0xFFFD;
            if (unit % stride_ == 0) offsets_[static_cast<std::size_t>(unit / stride_)] = at;
            if (c > 0xFFFF) {
                out[unit++] = U16_LEAD(c);
                if (unit % stride_ == 0) offsets_[static_cast<std::size_t>(unit / stride_)] = at;
                out[unit++] = U16_TRAIL(c);
            } else {
                out[unit++] = static_cast<char16_t>(c);
            }
        }
        text.releaseBuffer(units);
        if (units % stride_ == 0) offsets_[static_cast<std::size_t>(units / stride_)] = static_cast<std::uint32_t>(size);
        converted_ = {utf8.data(), utf8.size(), std::hash<std::string_view>{}(utf8)};
    }

    // The byte offset of a UTF-16 index (0 … length).
    std::size_t byte(int32_t unit) const {
        std::size_t at = offsets_[static_cast<std::size_t>(unit / stride_)];
        const char16_t* units = text.getBuffer();
        for (int32_t k = unit - unit % stride_; k < unit; ++k) at += utf8_length(units[k]);
        return at;
    }

    // The first UTF-16 index whose byte offset is `byte` or more (the length if none).
    int32_t unit_at_or_after(std::size_t byte) const {
        auto first = std::lower_bound(offsets_.begin(), offsets_.end(), byte);
        const int32_t length = text.length();
        if (stride_ == 1) return static_cast<int32_t>(std::min<std::ptrdiff_t>(first - offsets_.begin(), length));
        if (first != offsets_.begin()) --first;  // the block before: a pair split by the stride starts there
        auto k = static_cast<int32_t>(first - offsets_.begin()) * stride_;
        const char16_t* units = text.getBuffer();
        for (std::size_t at = *first; k < length; ++k) {
            if (at >= byte && !U16_IS_TRAIL(units[k])) return k;
            at += utf8_length(units[k]);
        }
        return length;
    }

    // The same text as the one converted: same place, same length, same hash (the
    // text itself is not kept: a 60 MB page would be held once more by each cache).
    bool holds(std::string_view utf8) const {
        return !offsets_.empty() && converted_.data == utf8.data() && converted_.size == utf8.size() &&
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
    static constexpr int32_t kStride = 16;

    // The UTF-8 bytes of a unit of valid text: a surrogate pair's 4 on its second unit.
    static std::size_t utf8_length(char16_t u) {
        if (u < 0x80) return 1;
        if (u < 0x800) return 2;
        if (U16_IS_LEAD(u)) return 0;
        if (U16_IS_TRAIL(u)) return 4;
        return 3;
    }

    int32_t stride_ = kStride;
    std::vector<std::uint32_t> offsets_;  // byte offset of every stride_-th unit

    struct Identity {
        const char* data = nullptr;
        std::size_t size = 0;
        std::size_t hash = 0;
    } converted_;
};

}  // namespace gklint
