#include "utf8_regex.h"

#include <unicode/utext.h>

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

std::optional<RegexMatch> Utf8Regex::find(std::string_view text) const {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UText, decltype(&utext_close)> ut(
        utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status), &utext_close);
    std::unique_ptr<icu::RegexMatcher> m(pattern_->matcher(status));
    if (U_FAILURE(status)) return std::nullopt;
    m->reset(ut.get());
    if (!m->find(status) || U_FAILURE(status)) return std::nullopt;

    // With a UTF-8 UText, ICU's native indexes are byte offsets.
    RegexMatch match;
    match.whole = {static_cast<std::size_t>(m->start64(status)), static_cast<std::size_t>(m->end64(status))};
    match.groups.resize(static_cast<std::size_t>(m->groupCount()) + 1);
    for (int32_t g = 1; g <= m->groupCount(); ++g) {
        int64_t b = m->start64(g, status);
        if (b >= 0)
            match.groups[static_cast<std::size_t>(g)] =
                ByteRange{static_cast<std::size_t>(b), static_cast<std::size_t>(m->end64(g, status))};
    }
    if (U_FAILURE(status)) return std::nullopt;
    return match;
}

std::vector<RegexMatch> Utf8Regex::find_all(std::string_view text) const {
    std::vector<RegexMatch> out;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UText, decltype(&utext_close)> ut(
        utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status), &utext_close);
    std::unique_ptr<icu::RegexMatcher> m(pattern_->matcher(status));
    if (U_FAILURE(status)) return out;
    m->reset(ut.get());
    while (m->find(status) && U_SUCCESS(status)) {
        RegexMatch match;
        match.whole = {static_cast<std::size_t>(m->start64(status)), static_cast<std::size_t>(m->end64(status))};
        match.groups.resize(static_cast<std::size_t>(m->groupCount()) + 1);
        for (int32_t g = 1; g <= m->groupCount(); ++g) {
            int64_t b = m->start64(g, status);
            if (b >= 0)
                match.groups[static_cast<std::size_t>(g)] =
                    ByteRange{static_cast<std::size_t>(b), static_cast<std::size_t>(m->end64(g, status))};
        }
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
