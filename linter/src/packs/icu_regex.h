#pragma once
// ICU regular expressions matched directly on UTF-8 text, with byte offsets.
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class RegexPattern;
U_NAMESPACE_END

namespace gklint {

struct RegexMatch {
    std::size_t begin, end;                                   // whole match, UTF-8 byte offsets
    std::vector<std::pair<std::size_t, std::size_t>> groups;  // index 0 unused; npos when unset
};

// A stretch of the text where a pattern's matches may lie: each starts in [begin, end]
// and ends by `end` (UTF-8 byte offsets).
struct SearchWindow {
    std::size_t begin, end;
};

class IcuRegex {
public:
    // Throws std::invalid_argument with ICU's reason and the offset in the pattern.
    // `multiline`: ^ and $ at line breaks (the packs' patterns; the plugins' are not).
    explicit IcuRegex(const std::string& pattern, bool ignore_case = false, bool multiline = true);
    ~IcuRegex();
    IcuRegex(IcuRegex&&) noexcept;
    IcuRegex& operator=(IcuRegex&&) noexcept;

    // Calls `visit` for each non-overlapping match. Thread-safe.
    void for_each_match(std::string_view text, const std::function<void(const RegexMatch&)>& visit) const;
    // … of those starting at byte `from` or after (the text before is seen by
    // look-behinds and anchors; offsets are the text's).
    void for_each_match(std::string_view text, std::size_t from,
                        const std::function<void(const RegexMatch&)>& visit) const;
    // The matches the alternation (p0)|(p1)|… would find — leftmost first, of two at the same
    // place the earlier pattern's, the search going on after each match (one character on after
    // an empty one) — with the pattern's index. Each pattern is searched for alone, keeping
    // ICU's start-character optimisation, which an alternation loses. Thread-safe.
    // With `run`, only the patterns marked true are searched (the others cannot match);
    // with `windows`, a pattern that has them (sorted, disjoint) only there.
    static void for_each_match_of_any(const std::vector<IcuRegex>& patterns, std::string_view text,
                                      const std::function<void(std::size_t, const RegexMatch&)>& visit,
                                      const std::vector<bool>* run = nullptr,
                                      const std::vector<const std::vector<SearchWindow>*>* windows = nullptr);
    bool matches_whole(std::string_view text) const;
    int group_count() const;
    // The number of the group named `name` ("(?<name>…)"), or 0 when there is none.
    int group_number(const std::string& name) const;
    const std::string& source() const { return source_; }

private:
    std::string source_;
    std::unique_ptr<icu::RegexPattern> pattern_;
};

}  // namespace gklint
