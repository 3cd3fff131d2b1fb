#include "utf8_regex.h"

#include "gklint/plugin.hpp"
#include "gklint/utf16_text.hpp"
#include "gklint/windowed_search.hpp"

#include <stdexcept>

namespace plugin_common {

Utf8Regex::Utf8Regex(const std::string& pattern) : source_(pattern) {
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

std::optional<std::vector<ByteRange>> Utf8Regex::windows(std::string_view text) const {
    // A short text (a sentence, a clause) ICU searches faster than the host is asked.
    constexpr std::size_t kWorthAsking = 2048;
    if (text.size() < kWorthAsking) return std::nullopt;
    const gklint_host_api* host = gklint::plugin::running_host();
    if (!host || !GKLINT_HAS_FIELD(host, gklint_host_api, pattern_windows) || !host->pattern_register ||
        !host->pattern_windows)
        return std::nullopt;
    Registration& r = *registration_;
    std::call_once(r.once, [&] { r.handle = host->pattern_register(source_.data(), source_.size()); });
    const uint32_t handle = r.handle;
    if (handle == 0) return std::nullopt;
    std::vector<ByteRange> out;
    auto add = [](void* user, std::size_t begin, std::size_t end) {
        static_cast<std::vector<ByteRange>*>(user)->push_back({begin, end});
    };
    if (!host->pattern_windows(handle, text.data(), text.size(), add, &out)) return std::nullopt;
    return out;
}

std::optional<RegexMatch> Utf8Regex::find(std::string_view text, std::size_t from) const {
    if (from > text.size()) return std::nullopt;
    auto where = windows(text);
    if (where && where->empty()) return std::nullopt;
    const gklint::Utf16Text& u16 = gklint::Utf16Text::of(text);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(pattern_->matcher(u16.text, status));
    if (U_FAILURE(status)) return std::nullopt;
    gklint::WindowedSearch search(*m, u16, where ? &*where : nullptr);
    if (!search.find(u16.unit_at_or_after(from), status)) return std::nullopt;
    RegexMatch match = match_of(*m, u16, status);
    if (U_FAILURE(status)) return std::nullopt;
    return match;
}

std::vector<RegexMatch> Utf8Regex::find_all(std::string_view text) const {
    std::vector<RegexMatch> out;
    auto where = windows(text);
    if (where && where->empty()) return out;
    const gklint::Utf16Text& u16 = gklint::Utf16Text::of(text);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(pattern_->matcher(u16.text, status));
    if (U_FAILURE(status)) return out;
    gklint::WindowedSearch search(*m, u16, where ? &*where : nullptr);
    for (int32_t pos = 0; pos >= 0 && search.find(pos, status);) {
        RegexMatch match = match_of(*m, u16, status);
        if (U_FAILURE(status)) break;
        out.push_back(std::move(match));
        pos = gklint::search_on_after(u16, m->start(status), m->end(status));
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
