#include "utf8_regex.h"

#include "gklint/utf16_text.hpp"

#include <stdexcept>

namespace plugin_common {

Utf8Regex::Utf8Regex(const std::string& pattern) {
    UParseError where{};
    UErrorCode status = U_ZERO_ERROR;
    pattern_.reset(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), 0, where, status));
    if (U_FAILURE(status))
        throw std::invalid_argument("bad regular expression at offset " + std::to_string(where.offset) + ": " +
                                    u_errorName(status));
}

namespace {

// ICU matches UTF-16 on its fast path; offsets are mapped back to UTF-8 bytes.
RegexMatch match_of(const icu::RegexMatcher& m, const gklint::Utf16Text& u16, UErrorCode& status) {
    RegexMatch match;
    match.whole = {u16.byte(m.start(status)), u16.byte(m.end(status))};
    match.groups.resize(static_cast<std::size_t>(m.groupCount()) + 1);
    for (int32_t g = 1; g <= m.groupCount(); ++g) {
        int32_t b = m.start(g, status);
        if (b >= 0) match.groups[static_cast<std::size_t>(g)] = ByteRange{u16.byte(b), u16.byte(m.end(g, status))};
    }
    return match;
}

}  // namespace

std::optional<RegexMatch> Utf8Regex::find(std::string_view text, std::size_t from) const {
    if (from > text.size()) return std::nullopt;
    const gklint::Utf16Text& u16 = gklint::Utf16Text::of(text);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(pattern_->matcher(u16.text, status));
    if (U_FAILURE(status) || !m->find(u16.unit_at_or_after(from), status) || U_FAILURE(status)) return std::nullopt;
    RegexMatch match = match_of(*m, u16, status);
    if (U_FAILURE(status)) return std::nullopt;
    return match;
}

std::vector<RegexMatch> Utf8Regex::find_all(std::string_view text) const {
    std::vector<RegexMatch> out;
    const gklint::Utf16Text& u16 = gklint::Utf16Text::of(text);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(pattern_->matcher(u16.text, status));
    if (U_FAILURE(status)) return out;
    while (m->find(status) && U_SUCCESS(status)) {
        RegexMatch match = match_of(*m, u16, status);
        if (U_FAILURE(status)) break;
        out.push_back(std::move(match));
    }
    return out;
}

std::string Utf8Regex::remove_all(std::string_view text) const {
    icu::UnicodeString input = icu::UnicodeString::fromUTF8(text);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(pattern_->matcher(input, status));
    if (U_FAILURE(status)) return std::string(text);
    icu::UnicodeString kept = m->replaceAll(icu::UnicodeString(), status);
    if (U_FAILURE(status)) return std::string(text);
    std::string out;
    return kept.toUTF8String(out);
}

}  // namespace plugin_common
