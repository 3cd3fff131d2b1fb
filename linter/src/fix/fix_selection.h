#pragma once
// Which fixes of one pass get applied: safe ones (and suggestions on request), in
// position order, the first of any overlapping group winning.
#include <functional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace gklint {

struct ChosenFix {
    Fix fix;
    std::string rule_id;
};

struct SkippedFix {
    std::string rule_id;
    TextRange range;   // of the fix, in the decoded text it was made for
    std::string reason;  // English, for a note on standard error
    bool overlap = false;  // lost to an overlapping fix (may apply in a later pass)
};

struct FixSelection {
    std::vector<ChosenFix> chosen;  // sorted by position, pairwise disjoint
    std::vector<SkippedFix> skipped;
};

// Says why a fix cannot be applied at all (e.g. its text has no representation in
// the file's encoding), or returns an empty string.
using FixVeto = std::function<std::string(const Fix&)>;

// Orders the fixes by start, then end, then the diagnostics' order. A fix that
// overlaps one already chosen is skipped (two insertions at the same point
// overlap; touching ranges do not); an exact duplicate of a chosen fix is dropped
// silently. Fixes with ranges outside `text_size`, and fixes `veto` rejects, are
// skipped before overlaps are looked at.
FixSelection select_fixes(const std::vector<Diagnostic>& diagnostics, bool include_unsafe, std::size_t text_size,
                          const FixVeto& veto = {});

}  // namespace gklint
