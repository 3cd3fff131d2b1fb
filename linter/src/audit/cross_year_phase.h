#pragma once
// Phase 3 of an audit (docs/audit-design.md §2): each report beside last year's report
// of the same agency, through the cross-year rules (ids `cross-year/…`). A pair is
// compared again only when either report's bytes or the rules changed (pair hash);
// an agency's reports are read in year order, so each is read once and at most two
// are in memory per worker.
#include <atomic>
#include <cstddef>
#include <ostream>
#include <string>

#include "app/cli_options.h"

namespace gklint {

struct Engine;
class AuditStore;

struct CrossYearCounts {
    std::size_t pairs = 0;     // reports with last year's report in the audit
    std::size_t compared = 0;  // pairs compared in this run
    std::size_t findings = 0;  // cross-year findings written in this run
};

// What a comparison depends on: both reports' bytes and the rules.
std::string cross_year_pair_hash(const std::string& report_hash, const std::string& previous_hash,
                                 const std::string& rules_fingerprint);

CrossYearCounts run_cross_year(AuditStore& store, Engine& engine, const LintOptions& lint,
                               const std::string& rules_fingerprint, const std::atomic<bool>& interrupted,
                               std::ostream& err);

}  // namespace gklint
