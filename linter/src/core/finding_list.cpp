#include "core/finding_list.h"

#include <algorithm>

namespace gklint {

void FindingList::push_back(Diagnostic d) {
    if (items_.size() >= 4 * kMaxFindingsPerRule) {
        admit_pending();
        keep_first();
    }
    items_.push_back(std::move(d));
}

void FindingList::clear() {
    items_.clear();
    admitted_ = 0;
    left_out_ = 0;
}

void FindingList::admit_pending() {
    if (!admit_) {
        admitted_ = items_.size();
        return;
    }
    auto kept = items_.begin() + static_cast<std::ptrdiff_t>(admitted_);
    for (auto it = kept; it != items_.end(); ++it)
        if (admit_(*it)) {
            if (it != kept) *kept = std::move(*it);
            ++kept;
        }
    items_.erase(kept, items_.end());
    admitted_ = items_.size();
}

// Ties keep their order of report: the survivors of an earlier pass come before
// anything reported after it, as they would in one sort of everything.
void FindingList::keep_first() {
    if (items_.size() <= kMaxFindingsPerRule) return;
    std::stable_sort(items_.begin(), items_.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.range.begin < b.range.begin; });
    left_out_ += items_.size() - kMaxFindingsPerRule;
    items_.resize(kMaxFindingsPerRule);
    admitted_ = items_.size();
}

std::vector<Diagnostic>& FindingList::finish() {
    admit_pending();
    keep_first();
    return items_;
}

}  // namespace gklint
