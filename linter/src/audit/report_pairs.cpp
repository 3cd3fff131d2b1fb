#include "audit/report_pairs.h"

#include <algorithm>
#include <tuple>

namespace gklint {

std::vector<ReportPair> pair_reports(std::vector<PairableReport> reports) {
    std::erase_if(reports, [](const PairableReport& r) { return r.agency_key.empty() || r.year == 0; });
    std::sort(reports.begin(), reports.end(), [](const PairableReport& a, const PairableReport& b) {
        return std::tie(a.agency_key, a.year, a.path) < std::tie(b.agency_key, b.year, b.path);
    });
    // [begin, end) of the files of one agency and year.
    struct Group {
        std::size_t begin, end;
    };
    std::vector<Group> groups;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        if (i == 0 || reports[i].agency_key != reports[i - 1].agency_key || reports[i].year != reports[i - 1].year)
            groups.push_back({i, i});
        groups.back().end = i + 1;
    }
    std::vector<ReportPair> out;
    for (std::size_t g = 1; g < groups.size(); ++g) {
        const PairableReport& last = reports[groups[g - 1].begin];
        const PairableReport& now = reports[groups[g].begin];
        if (last.agency_key != now.agency_key || last.year != now.year - 1) continue;
        for (std::size_t i = groups[g].begin; i < groups[g].end; ++i) {
            const PairableReport* chosen = &last;
            for (std::size_t j = groups[g - 1].begin; j < groups[g - 1].end; ++j)
                if (reports[j].input_kind == reports[i].input_kind) {
                    chosen = &reports[j];
                    break;
                }
            out.push_back({reports[i].id, chosen->id});
        }
    }
    return out;
}

}  // namespace gklint
