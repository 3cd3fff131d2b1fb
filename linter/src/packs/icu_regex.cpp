#include "packs/icu_regex.h"

#include <unicode/regex.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <stdexcept>

#include "gklint/utf16_text.hpp"
#include "gklint/windowed_search.hpp"

#include <fmt/format.h>

namespace gklint {
namespace {

struct UTextCloser {
    void operator()(UText* t) const { utext_close(t); }
};

std::unique_ptr<UText, UTextCloser> open_utf8(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) throw std::runtime_error("cannot open text for matching");
    return std::unique_ptr<UText, UTextCloser>(ut);
}

std::unique_ptr<icu::RegexMatcher> matcher_for(const icu::RegexPattern& pattern, UText* text) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(pattern.matcher(status));
    if (U_FAILURE(status)) throw std::runtime_error("cannot create regex matcher");
    m->reset(text);
    return m;
}

}  // namespace

IcuRegex::IcuRegex(const std::string& pattern, bool ignore_case, bool multiline) : source_(pattern) {
    UParseError where{};
    UErrorCode status = U_ZERO_ERROR;
    uint32_t flags = multiline ? static_cast<uint32_t>(UREGEX_MULTILINE) : 0u;
    if (ignore_case) flags |= static_cast<uint32_t>(UREGEX_CASE_INSENSITIVE);
    pattern_.reset(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), flags, where, status));
    if (U_FAILURE(status))
        throw std::invalid_argument(fmt::format("invalid regular expression '{}': {} at offset {}", pattern,
                                                u_errorName(status), where.offset));
}

IcuRegex::~IcuRegex() = default;
IcuRegex::IcuRegex(IcuRegex&&) noexcept = default;
IcuRegex& IcuRegex::operator=(IcuRegex&&) noexcept = default;

namespace {

std::unique_ptr<icu::RegexMatcher> matcher_over(const icu::RegexPattern& pattern, const Utf16Text& u16) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(pattern.matcher(u16.text, status));
    if (U_FAILURE(status)) throw std::runtime_error("cannot create regex matcher");
    return m;
}

// The matcher's current match in UTF-8 byte offsets.
void read_match(const icu::RegexMatcher& m, const Utf16Text& u16, RegexMatch& match, UErrorCode& status) {
    int32_t group_count = m.groupCount();
    match.begin = u16.byte(m.start(status));
    match.end = u16.byte(m.end(status));
    match.groups.resize(static_cast<std::size_t>(group_count) + 1);
    for (int32_t g = 1; g <= group_count; ++g) {
        int32_t b = m.start(g, status);
        int32_t e = m.end(g, status);
        match.groups[static_cast<std::size_t>(g)] =
            b < 0 ? std::pair{std::string_view::npos, std::string_view::npos} : std::pair{u16.byte(b), u16.byte(e)};
    }
}

// One pattern's next match at or after a position of the search (UTF-16 units).
struct PendingMatch {
    std::unique_ptr<icu::RegexMatcher> matcher;
    std::optional<WindowedSearch> search;  // none: never searched (the scan ruled it out)
    int32_t start = -1, end = -1;          // start < 0: none found yet; INT32_MAX: none left

    void advance_to(int32_t pos, UErrorCode& status) {
        if (start >= pos) return;  // still the first match at or after pos
        if (search && search->find(pos, status)) {
            start = matcher->start(status);
            end = matcher->end(status);
        } else {
            start = end = INT32_MAX;
        }
    }
};

}  // namespace

void IcuRegex::for_each_match(std::string_view text,
                              const std::function<void(const RegexMatch&)>& visit) const {
    for_each_match(text, 0, visit);
}

void IcuRegex::for_each_match(std::string_view text, std::size_t from,
                              const std::function<void(const RegexMatch&)>& visit) const {
    if (from > text.size()) return;
    const Utf16Text& u16 = Utf16Text::of(text);
    auto m = matcher_over(*pattern_, u16);
    UErrorCode status = U_ZERO_ERROR;
    RegexMatch match{};
    for (bool found = m->find(u16.unit_at_or_after(from), status); found && U_SUCCESS(status); found = m->find(status)) {
        read_match(*m, u16, match, status);
        if (U_FAILURE(status)) break;
        visit(match);
    }
}

void IcuRegex::for_each_match_of_any(const std::vector<IcuRegex>& patterns, std::string_view text,
                                     const std::function<void(std::size_t, const RegexMatch&)>& visit,
                                     const std::vector<bool>* run,
                                     const std::vector<const std::vector<SearchWindow>*>* windows) {
    if (run && std::none_of(run->begin(), run->end(), [](bool b) { return b; })) return;
    const Utf16Text& u16 = Utf16Text::of(text);
    std::vector<PendingMatch> pending;
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        PendingMatch& p = pending.emplace_back();
        if (run && !(*run)[i]) continue;  // never searched
        p.matcher = matcher_over(*patterns[i].pattern_, u16);
        p.search.emplace(*p.matcher, u16, windows ? (*windows)[i] : nullptr);
    }
    const int32_t length = u16.text.length();
    UErrorCode status = U_ZERO_ERROR;
    RegexMatch match{};
    for (int32_t pos = 0; pos <= length;) {
        std::size_t best = pending.size();
        for (std::size_t i = 0; i < pending.size(); ++i) {
            pending[i].advance_to(pos, status);
            if (pending[i].start != INT32_MAX && (best == pending.size() || pending[i].start < pending[best].start))
                best = i;
        }
        if (U_FAILURE(status) || best == pending.size()) break;
        const PendingMatch& found = pending[best];
        read_match(*found.matcher, u16, match, status);
        if (U_FAILURE(status)) break;
        visit(best, match);
        pos = search_on_after(u16, found.start, found.end);
        if (pos < 0) break;
    }
}

bool IcuRegex::matches_whole(std::string_view text) const {
    auto ut = open_utf8(text);
    auto m = matcher_for(*pattern_, ut.get());
    UErrorCode status = U_ZERO_ERROR;
    return m->matches(status) && U_SUCCESS(status);
}

int IcuRegex::group_number(const std::string& name) const {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = pattern_->groupNumberFromName(icu::UnicodeString::fromUTF8(name), status);
    return U_SUCCESS(status) ? n : 0;
}

int IcuRegex::group_count() const {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(pattern_->matcher(status));
    return U_SUCCESS(status) ? m->groupCount() : 0;
}

}  // namespace gklint
