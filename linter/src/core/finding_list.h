#pragma once
// Where a rule puts its findings in one file. Only the first kMaxFindingsPerRule by
// position are ever reported, so the list keeps no more than a few times that many: when
// it grows past them it keeps the first by position (suppressed ones dropped) and counts
// the rest. A file with 200,000 unbalanced brackets then costs the rule no more memory than
// one with 1,000, and the result is the same as sorting them all.
#include <cstddef>
#include <functional>
#include <vector>

#include "core/diagnostic.h"

namespace gklint {

// At most this many findings of one rule in one file (the first by position; the last
// of them has a note with the number left out).
inline constexpr std::size_t kMaxFindingsPerRule = 200;

class FindingList {
public:
    // `admit` completes a finding (rule id, severity) and says whether it is kept
    // (false: suppressed). Null: every finding is kept as it is.
    explicit FindingList(std::function<bool(Diagnostic&)> admit = nullptr) : admit_(std::move(admit)) {}

    void push_back(Diagnostic d);
    Diagnostic& back() { return items_.back(); }
    bool empty() const { return items_.empty(); }
    void clear();

    // The admitted findings, the first kMaxFindingsPerRule by position (stable) when
    // there are more, and how many more there were.
    std::vector<Diagnostic>& finish();
    std::size_t left_out() const { return left_out_; }

private:
    void admit_pending();
    void keep_first();

    std::function<bool(Diagnostic&)> admit_;
    std::vector<Diagnostic> items_;
    std::size_t admitted_ = 0;  // items_[0, admitted_) went through admit_
    std::size_t left_out_ = 0;
};

}  // namespace gklint
