#pragma once
// One Hyperscan scan of a text tells which of the packs' patterns may match in it, so
// that ICU runs only those. Most pack patterns look for defects and match in few
// reports; ICU spends most of its time proving that they do not (a pattern that starts
// with a character class or a look-behind is tried at every position).
//
// Hyperscan compiles each pattern in prefilter mode — a superset of what the pattern
// matches, with look-arounds and back-references widened — so "no match" is certain and
// "may match" is checked by ICU as before: findings are exactly ICU's. A pattern of
// bounded width (at most kMaxWindowWidth bytes) is scanned for every place it may end;
// ICU then searches only there (see Hits::windows). Patterns whose
// ICU meaning Hyperscan might read more narrowly (\w, \b, case folding, ICU set
// operations …) are not prefiltered: they always run. The compiled database is cached
// in $XDG_CACHE_HOME/gklint (or ~/.cache/gklint) by the hash of the patterns.
// GKLINT_PREFILTER=off turns it off; GKLINT_PREFILTER=verify runs every pattern and
// aborts if one that the scan ruled out matches (for tests).
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "packs/icu_regex.h"

namespace gklint {

// The pattern in Hyperscan's syntax with the same or a wider meaning, or nullopt when
// that cannot be promised.
std::optional<std::string> prefilter_syntax(std::string_view icu_pattern);

// For GKLINT_PREFILTER=verify: aborts, naming the pattern, unless every match of it in
// `text` lies in one of the windows the scan gave.
void verify_windows(const IcuRegex& pattern, std::string_view text, const std::vector<SearchWindow>& windows);

class PatternPrefilter {
public:
    enum class Mode { On, Off, Verify };

    // Where, in the text scanned, a match of a pattern may lie: it starts in
    // [begin, end] and ends by `end` (UTF-8 byte offsets). Windows are sorted and
    // disjoint: every end the scan saw, widened by the pattern's width and merged.
    using Window = SearchWindow;
    static constexpr unsigned kMaxWindowWidth = 1024;

    struct Hits {
        std::vector<bool> maybe;  // by pattern id; ids past the end may match
        // by pattern id: the windows of a pattern of bounded width; nullopt: anywhere
        std::vector<std::optional<std::vector<Window>>> near;
        bool may_match(std::size_t id) const { return id >= maybe.size() || maybe[id]; }
        const std::vector<Window>* windows(std::size_t id) const {
            return id < near.size() && near[id] ? &*near[id] : nullptr;
        }
    };

    static PatternPrefilter& global();
    ~PatternPrefilter();

    // The id to ask `Hits` about, or nullopt when the pattern always runs.
    std::optional<std::size_t> add(const std::string& icu_pattern, bool ignore_case);
    // Which of the patterns added so far may match somewhere in `text`. Thread-safe.
    std::shared_ptr<const Hits> scan(std::string_view text) const;
    Mode mode() const { return mode_; }

private:
    struct Database;
    PatternPrefilter();
    std::shared_ptr<const Database> database() const;

    Mode mode_;
    mutable std::mutex mutex_;
    std::vector<std::string> patterns_;  // Hyperscan syntax, by id
    mutable std::shared_ptr<const Database> database_;  // of the first database_->count patterns
};

}  // namespace gklint
