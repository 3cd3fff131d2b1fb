#include "fix/fix_selection.h"

#include <algorithm>

namespace gklint {
namespace {

bool overlaps(const TextRange& earlier, const TextRange& later) {
    if (later.begin < earlier.end) return true;
    bool both_insertions = earlier.begin == earlier.end && later.begin == later.end;
    return both_insertions && later.begin == earlier.begin;
}

}  // namespace

FixSelection select_fixes(const std::vector<Diagnostic>& diagnostics, bool include_unsafe, std::size_t text_size,
                          const FixVeto& veto) {
    FixSelection out;
    std::vector<ChosenFix> candidates;
    for (const auto& d : diagnostics) {
        if (!d.fix || (!d.fix->safe && !include_unsafe)) continue;
        const TextRange& r = d.fix->range;
        if (r.begin > r.end || r.end > text_size) {
            out.skipped.push_back({d.rule_id, r, "its range lies outside the text"});
            continue;
        }
        if (veto) {
            std::string reason = veto(*d.fix);
            if (!reason.empty()) {
                out.skipped.push_back({d.rule_id, r, std::move(reason)});
                continue;
            }
        }
        candidates.push_back({*d.fix, d.rule_id});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const ChosenFix& a, const ChosenFix& b) {
        if (a.fix.range.begin != b.fix.range.begin) return a.fix.range.begin < b.fix.range.begin;
        return a.fix.range.end < b.fix.range.end;
    });
    for (auto& candidate : candidates) {
        if (!out.chosen.empty()) {
            const ChosenFix& last = out.chosen.back();
            if (last.fix.range == candidate.fix.range && last.fix.replacement == candidate.fix.replacement) continue;
            if (overlaps(last.fix.range, candidate.fix.range)) {
                out.skipped.push_back({candidate.rule_id, candidate.fix.range,
                                       "it overlaps a fix of " + last.rule_id + " applied first", true});
                continue;
            }
        }
        out.chosen.push_back(std::move(candidate));
    }
    return out;
}

}  // namespace gklint
