#pragma once
// Time spent in each rule over a run (`gklint --timing`), like ESLint's TIMING:
// for finding the rule that makes a batch audit slow. Thread-safe.
#include <chrono>
#include <map>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>

namespace gklint {

class RuleTimings {
public:
    using Duration = std::chrono::steady_clock::duration;

    void add(std::string_view what, Duration spent);
    // Every entry, slowest first, with its share of the total.
    void print(std::ostream& out) const;

private:
    mutable std::mutex mutex_;
    std::map<std::string, Duration, std::less<>> spent_;
};

// Label under which the shared report model's construction is counted.
inline constexpr std::string_view kReportModelTiming = "(report model)";

}  // namespace gklint
