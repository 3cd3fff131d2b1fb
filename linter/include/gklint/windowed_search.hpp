#pragma once
// Optional helper beside utf16_text.hpp for regex searches that the host's pattern scan
// narrowed to windows (gklint_host_api.pattern_windows; the engine's own scan likewise).
// Header-only; needs ICU (icu-i18n). Not part of the C ABI.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include <unicode/regex.h>
#include <unicode/utf16.h>

#include "gklint/utf16_text.hpp"

namespace gklint {

// Finds a matcher's matches one after another, at or after a position, only in the
// windows (byte ranges of the text, sorted and disjoint; each match starts in
// [begin, end] and ends by end), or everywhere without them. Each window is searched as
// a region bounded by its end, with the text around it visible to look-arounds and
// anchors: a match that starts in a window ends in it, so the bound changes nothing.
class WindowedSearch {
public:
    // `windows`: a container of ranges with .begin and .end, or nullptr for anywhere.
    template <class Windows>
    WindowedSearch(icu::RegexMatcher& matcher, const Utf16Text& u16, const Windows* windows) : m_(&matcher) {
        if (!windows) return;
        windows_.emplace();
        for (const auto& w : *windows) windows_->push_back({u16.unit_at_or_after(w.begin), u16.unit_at_or_after(w.end)});
        m_->useTransparentBounds(true);
        m_->useAnchoringBounds(false);
    }

    // The first match starting at UTF-16 index `from` or after; the matcher then holds it.
    bool find(int32_t from, UErrorCode& status) {
        if (!windows_) return m_->find(from, status) && U_SUCCESS(status);
        for (; next_ < windows_->size(); ++next_) {
            const Window& w = (*windows_)[next_];
            if (w.end < from) continue;
            m_->region(std::max(w.begin, from), w.end, status);
            if (U_FAILURE(status)) return false;
            if (m_->find(status) && U_SUCCESS(status)) return true;
            if (U_FAILURE(status)) return false;
        }
        return false;
    }

private:
    struct Window {
        int32_t begin, end;  // UTF-16 indices
    };
    icu::RegexMatcher* m_;
    std::optional<std::vector<Window>> windows_;
    std::size_t next_ = 0;
};

// Where a search goes on after the match [start, end), as ICU's find() does: at its end,
// one character further after an empty match; -1 when nothing is left.
inline int32_t search_on_after(const Utf16Text& u16, int32_t start, int32_t end) {
    const int32_t length = u16.text.length();
    if (start != end) return end;
    if (end >= length) return -1;
    int32_t pos = end;
    U16_FWD_1(u16.text.getBuffer(), pos, length);
    return pos;
}

}  // namespace gklint
