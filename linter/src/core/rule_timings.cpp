#include "core/rule_timings.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace gklint {

void RuleTimings::add(std::string_view what, Duration spent) {
    std::lock_guard lock(mutex_);
    auto it = spent_.find(what);
    if (it == spent_.end()) it = spent_.emplace(std::string(what), Duration::zero()).first;
    it->second += spent;
}

void RuleTimings::print(std::ostream& out) const {
    std::vector<std::pair<std::string, Duration>> rows;
    {
        std::lock_guard lock(mutex_);
        rows.assign(spent_.begin(), spent_.end());
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    Duration total = Duration::zero();
    for (const auto& row : rows) total += row.second;
    auto ms = [](Duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
    fmt::print(out, "{:<36} {:>12} {:>8}\n", "Rule", "Time (ms)", "Relative");
    for (std::size_t i = 0; i < rows.size(); ++i)
        fmt::print(out, "{:<36} {:>12.3f} {:>7.1f}%\n", rows[i].first, ms(rows[i].second),
                   total.count() > 0 ? 100.0 * static_cast<double>(rows[i].second.count()) /
                                           static_cast<double>(total.count())
                                     : 0.0);
    fmt::print(out, "{:<36} {:>12.3f}\n", "(total)", ms(total));
}

}  // namespace gklint
