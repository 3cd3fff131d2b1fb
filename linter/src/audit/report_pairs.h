#pragma once
// Which report each report is compared with across years: the same agency (key), the
// year before. When an agency published several files for one year (a web page and
// its PDF), each file is paired with last year's file of the same input kind, else
// with the first of last year's files by path.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gklint {

struct PairableReport {
    std::int64_t id = 0;
    std::string path, agency_key, input_kind;
    int year = 0;
};

struct ReportPair {
    std::int64_t report = 0, previous = 0;
};

// Pairs in (agency key, year, path) order: an agency's pairs come in year order.
std::vector<ReportPair> pair_reports(std::vector<PairableReport> reports);

}  // namespace gklint
