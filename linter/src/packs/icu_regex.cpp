#include "packs/icu_regex.h"

#include <unicode/regex.h>
#include <unicode/utext.h>

#include <stdexcept>

#include "gklint/utf16_text.hpp"

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

IcuRegex::IcuRegex(const std::string& pattern, bool ignore_case) : source_(pattern) {
    UParseError where{};
    UErrorCode status = U_ZERO_ERROR;
    uint32_t flags = static_cast<uint32_t>(UREGEX_MULTILINE);
    if (ignore_case) flags |= static_cast<uint32_t>(UREGEX_CASE_INSENSITIVE);
    pattern_.reset(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), flags, where, status));
    if (U_FAILURE(status))
        throw std::invalid_argument(fmt::format("invalid regular expression '{}': {} at offset {}", pattern,
                                                u_errorName(status), where.offset));
}

IcuRegex::~IcuRegex() = default;
IcuRegex::IcuRegex(IcuRegex&&) noexcept = default;
IcuRegex& IcuRegex::operator=(IcuRegex&&) noexcept = default;

void IcuRegex::for_each_match(std::string_view text,
                              const std::function<void(const RegexMatch&)>& visit) const {
    const Utf16Text& u16 = Utf16Text::of(text);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(pattern_->matcher(u16.text, status));
    if (U_FAILURE(status)) throw std::runtime_error("cannot create regex matcher");
    auto byte = [&](int32_t unit) { return u16.byte(unit); };
    int32_t group_count = m->groupCount();
    RegexMatch match{};
    match.groups.resize(static_cast<std::size_t>(group_count) + 1);
    while (m->find(status) && U_SUCCESS(status)) {
        match.begin = byte(m->start(status));
        match.end = byte(m->end(status));
        for (int32_t g = 1; g <= group_count; ++g) {
            int32_t b = m->start(g, status);
            int32_t e = m->end(g, status);
            match.groups[static_cast<std::size_t>(g)] =
                b < 0 ? std::pair{std::string_view::npos, std::string_view::npos} : std::pair{byte(b), byte(e)};
        }
        if (U_FAILURE(status)) break;
        visit(match);
    }
}

bool IcuRegex::matches_whole(std::string_view text) const {
    auto ut = open_utf8(text);
    auto m = matcher_for(*pattern_, ut.get());
    UErrorCode status = U_ZERO_ERROR;
    return m->matches(status) && U_SUCCESS(status);
}

int IcuRegex::group_count() const {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(pattern_->matcher(status));
    return U_SUCCESS(status) ? m->groupCount() : 0;
}

}  // namespace gklint
