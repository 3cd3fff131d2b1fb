#pragma once
// The audit's database (docs/audit-design.md §4): reports, their findings, every table
// cell as a fact, the runs, and the status a supervisor gives a finding (kept across
// re-audits by path and fingerprint). Versioned with PRAGMA user_version; migrations
// run in order, each in a transaction; a database of a newer gklint is refused.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/sqlite_db.h"

namespace gklint {

struct AuditFact {
    std::string table_key, block, row_key, column_key;
    std::string kind;  // number, blank, placeholder, text, missing, unread (a row the parser could not read)
    std::optional<double> value;
    std::string raw;
    std::int64_t line = 0, column = 0;
};

struct AuditNote {
    std::int64_t line = 0, column = 0;
    std::string message;
    std::optional<std::string> path;  // another file's (last year's report); none: the finding's file
};

struct AuditFinding {
    std::string rule_id, severity, message;  // in the run's language
    std::int64_t line = 0, column = 0, end_line = 0, end_column = 0;
    std::string place, excerpt, fingerprint;
    std::int64_t mark_begin = 0, mark_length = 0;  // the finding's characters in the excerpt
    std::string phase = "lint";  // lint, cross-year
    std::optional<std::string> related_path;
    std::optional<std::int64_t> related_line;
    std::vector<AuditNote> notes;
};

struct AuditReport {
    std::string path, content_hash, rules_fingerprint;
    std::int64_t size = 0;
    std::string input_kind;  // text, markdown, html, docx, pdf
    std::string agency, agency_key, region_code, parent_region, level, url;
    std::optional<int> year;
    std::string format_version, title;
    std::string parse_status;  // parsed, partial, unparsable, unreadable, not-a-report
    std::vector<AuditFact> facts;
    std::vector<AuditFinding> findings;
};

class AuditStore {
public:
    static constexpr int kSchemaVersion = 1;

    // Opens or creates the database and brings its schema to kSchemaVersion.
    explicit AuditStore(const std::string& path);

    SqliteDb& db() { return db_; }

    std::int64_t begin_run(const std::string& gklint_version, const std::string& rules_fingerprint,
                           const std::string& language = "zh");
    void end_run(std::int64_t run, const std::string& status);  // complete, interrupted

    // The file was audited with these bytes and these rules: nothing to do again.
    bool is_current(const std::string& path, const std::string& content_hash, const std::string& rules_fingerprint);

    // Replaces everything stored of report.path, in one transaction.
    std::int64_t put(const AuditReport& report, std::int64_t run);

    // A supervisor's decision on a finding: open, confirmed, dismissed.
    void set_finding_status(const std::string& path, const std::string& fingerprint, const std::string& status,
                            const std::string& note = {});
    std::string finding_status(const std::string& path, const std::string& fingerprint);

    // The cross-year phase: what a report was last compared with (empty when never), and
    // its new comparison — the pair and its findings replace the old ones, in one
    // transaction; without a previous report the old ones are only removed.
    std::string pair_hash(std::int64_t report_id);
    void put_cross_year(std::int64_t report_id, std::optional<std::int64_t> previous_id, const std::string& pair_hash,
                        const std::vector<AuditFinding>& findings);
    // The same by path (both reports already stored; nothing when either is not).
    void put_cross_year(const std::string& path, const std::string& previous_path, const std::string& pair_hash,
                        const std::vector<AuditFinding>& findings);

private:
    void migrate();
    void insert_report(const AuditReport& report, std::int64_t run, std::int64_t& id);
    void insert_findings(std::int64_t report_id, const std::vector<AuditFinding>& findings);

    SqliteDb db_;
    static constexpr std::size_t kFactsPerInsert = 64;
    std::optional<SqliteStatement> facts_insert_, fact_insert_;  // prepared once
};

}  // namespace gklint
