#pragma once
// One ICU pattern scanned for by Hyperscan on its own: where in a text its matches may
// lie, so that ICU searches only there (the plugins' patterns, registered at first use
// through the host API; see PatternPrefilter for the packs' patterns, scanned together).
//
// The pattern is compiled in prefilter mode (a superset of its matches): with every end
// when its width is bounded (at most PatternPrefilter::kMaxWindowWidth bytes; a match
// starts at most that width before an end), else the first only (no match anywhere, or
// "search everywhere"). A database over 64 KB is not kept: it would scan no faster than
// ICU searches. (Start-of-match mode was measured too: seconds to compile, megabytes,
// and slower than ICU on the plugins' number patterns.) Databases and the decision not to
// keep one are cached on disk like the packs'.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "packs/icu_regex.h"

namespace gklint {

class SinglePatternScan {
public:
    // nullptr when Hyperscan cannot scan for the pattern (it is then searched everywhere).
    static std::unique_ptr<SinglePatternScan> compile(const std::string& icu_pattern);
    ~SinglePatternScan();

    // Where matches may lie in `text` (empty: nowhere), or nullopt: anywhere.
    std::optional<std::vector<SearchWindow>> windows(std::string_view text) const;

    enum class Mode : char { Width = 'w', Gate = 'g', None = 'n' };
    struct Compiled;  // the database and how it was compiled

private:
    explicit SinglePatternScan(std::unique_ptr<Compiled> compiled);
    std::unique_ptr<Compiled> compiled_;
};

}  // namespace gklint
