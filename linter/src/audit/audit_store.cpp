#include "audit/audit_store.h"

#include <fmt/format.h>

namespace gklint {
namespace {

// Migration N (1-based) brings a database of version N-1 to version N. Append only.
constexpr std::string_view kMigrations[] = {
    R"sql(
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  finished TEXT,
  gklint_version TEXT NOT NULL,
  rules_fingerprint TEXT NOT NULL,
  language TEXT NOT NULL DEFAULT 'zh' CHECK (language IN ('zh', 'en')),
  status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'complete', 'interrupted'))
);
CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  rules_fingerprint TEXT NOT NULL,
  size INTEGER NOT NULL,
  input_kind TEXT NOT NULL,
  agency TEXT, agency_key TEXT, region_code TEXT, parent_region TEXT, level TEXT,
  year INTEGER,
  format_version TEXT,
  title TEXT,
  parse_status TEXT NOT NULL CHECK (parse_status IN ('parsed', 'partial', 'unparsable', 'unreadable', 'not-a-report')),
  url TEXT,
  run_id INTEGER NOT NULL REFERENCES runs(id)
);
CREATE INDEX reports_agency_year ON reports(agency_key, year);
CREATE TABLE findings (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  rule_id TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  message TEXT NOT NULL,
  line INTEGER NOT NULL, column INTEGER NOT NULL, end_line INTEGER NOT NULL, end_column INTEGER NOT NULL,
  place TEXT, excerpt TEXT, mark_begin INTEGER NOT NULL DEFAULT 0, mark_length INTEGER NOT NULL DEFAULT 0,
  fingerprint TEXT NOT NULL,
  phase TEXT NOT NULL DEFAULT 'lint' CHECK (phase IN ('lint', 'cross-year')),
  related_path TEXT, related_line INTEGER
);
CREATE INDEX findings_report ON findings(report_id);
CREATE INDEX findings_rule ON findings(rule_id);
CREATE TABLE notes (
  finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
  line INTEGER NOT NULL, column INTEGER NOT NULL, message TEXT NOT NULL,
  path TEXT
);
CREATE INDEX notes_finding ON notes(finding_id);
CREATE TABLE facts (
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  table_key TEXT NOT NULL, block TEXT NOT NULL, row_key TEXT NOT NULL, column_key TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('number', 'blank', 'placeholder', 'text', 'missing', 'unread')),
  value REAL, raw TEXT, line INTEGER, column INTEGER
);
CREATE INDEX facts_report ON facts(report_id, table_key);
CREATE TABLE cross_year_pairs (
  report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
  previous_report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  pair_hash TEXT NOT NULL
);
CREATE INDEX cross_year_previous ON cross_year_pairs(previous_report_id);
CREATE TABLE finding_status (
  path TEXT NOT NULL, fingerprint TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'confirmed', 'dismissed')),
  note TEXT,
  decided_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  PRIMARY KEY (path, fingerprint)
);
CREATE VIEW findings_with_status AS
  SELECT f.*, r.path, COALESCE(s.status, 'open') AS status
  FROM findings f JOIN reports r ON r.id = f.report_id
  LEFT JOIN finding_status s ON s.path = r.path AND s.fingerprint = f.fingerprint;
)sql",
};

static_assert(std::size(kMigrations) == AuditStore::kSchemaVersion);

}  // namespace

AuditStore::AuditStore(const std::string& path) : db_(path) {
    db_.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
    migrate();
}

void AuditStore::migrate() {
    int version = db_.user_version();
    if (version > kSchemaVersion)
        throw SqliteError(fmt::format("the audit database has schema version {}, newer than this gklint's {}: "
                                      "use the gklint that wrote it, or a new output directory",
                                      version, kSchemaVersion));
    for (; version < kSchemaVersion; ++version) {
        SqliteTransaction tx(db_);
        db_.exec(kMigrations[version]);
        db_.set_user_version(version + 1);
        tx.commit();
    }
}

std::int64_t AuditStore::begin_run(const std::string& gklint_version, const std::string& rules_fingerprint,
                                   const std::string& language) {
    db_.prepare("INSERT INTO runs (gklint_version, rules_fingerprint, language) VALUES (?1, ?2, ?3)")
        .bind(1, gklint_version)
        .bind(2, rules_fingerprint)
        .bind(3, language)
        .run();
    return db_.last_insert_id();
}

void AuditStore::end_run(std::int64_t run, const std::string& status) {
    db_.prepare("UPDATE runs SET status = ?1, finished = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?2")
        .bind(1, status)
        .bind(2, run)
        .run();
}

bool AuditStore::is_current(const std::string& path, const std::string& content_hash,
                            const std::string& rules_fingerprint) {
    auto s = db_.prepare("SELECT 1 FROM reports WHERE path = ?1 AND content_hash = ?2 AND rules_fingerprint = ?3");
    s.bind(1, path).bind(2, content_hash).bind(3, rules_fingerprint);
    return s.step();
}

std::int64_t AuditStore::put(const AuditReport& report, std::int64_t run) {
    SqliteTransaction tx(db_);
    db_.prepare("DELETE FROM reports WHERE path = ?1").bind(1, report.path).run();
    std::int64_t id = 0;
    insert_report(report, run, id);
    tx.commit();
    return id;
}

void AuditStore::insert_report(const AuditReport& r, std::int64_t run, std::int64_t& id) {
    db_.prepare(
           "INSERT INTO reports (path, content_hash, rules_fingerprint, size, input_kind, agency, agency_key, "
           "region_code, parent_region, level, year, format_version, title, parse_status, run_id, url) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)")
        .bind(1, r.path)
        .bind(2, r.content_hash)
        .bind(3, r.rules_fingerprint)
        .bind(4, r.size)
        .bind(5, r.input_kind)
        .bind(6, r.agency)
        .bind(7, r.agency_key)
        .bind(8, r.region_code)
        .bind(9, r.parent_region)
        .bind(10, r.level)
        .bind(11, r.year)
        .bind(12, r.format_version)
        .bind(13, r.title)
        .bind(14, r.parse_status)
        .bind(15, run)
        .bind(16, r.url)
        .run();
    id = db_.last_insert_id();

    // A report's ~230 cells go in statements of kFactsPerInsert rows: a statement per row
    // was a fifth of an audit's time.
    auto statement_for = [&](std::size_t rows) -> SqliteStatement& {
        auto& slot = rows == kFactsPerInsert ? facts_insert_ : fact_insert_;
        if (!slot) {
            std::string sql =
                "INSERT INTO facts (report_id, table_key, block, row_key, column_key, kind, value, raw, line, column) VALUES ";
            for (std::size_t i = 0; i < rows; ++i) sql += i ? ",(?,?,?,?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?,?,?,?)";
            slot.emplace(db_.raw(), sql);
        }
        return *slot;
    };
    for (std::size_t begin = 0; begin < r.facts.size();) {
        std::size_t rows = r.facts.size() - begin >= kFactsPerInsert ? kFactsPerInsert : 1;
        SqliteStatement& insert = statement_for(rows);
        for (std::size_t i = 0; i < rows; ++i) {
            const AuditFact& f = r.facts[begin + i];
            int p = static_cast<int>(i * 10);
            insert.bind(p + 1, id).bind_unowned(p + 2, f.table_key).bind_unowned(p + 3, f.block);
            insert.bind_unowned(p + 4, f.row_key).bind_unowned(p + 5, f.column_key).bind_unowned(p + 6, f.kind);
            insert.bind(p + 7, f.value).bind_unowned(p + 8, f.raw);
            insert.bind(p + 9, f.line).bind(p + 10, f.column);
        }
        insert.run();
        begin += rows;
    }
    insert_findings(id, r.findings);
}

void AuditStore::insert_findings(std::int64_t report_id, const std::vector<AuditFinding>& findings) {
    auto finding = db_.prepare(
        "INSERT INTO findings (report_id, rule_id, severity, message, line, column, end_line, "
        "end_column, place, excerpt, fingerprint, phase, related_path, related_line, mark_begin, "
        "mark_length) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    auto note = db_.prepare("INSERT INTO notes (finding_id, line, column, message, path) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const auto& f : findings) {
        finding.bind(1, report_id).bind(2, f.rule_id).bind(3, f.severity).bind(4, f.message);
        finding.bind(5, f.line).bind(6, f.column).bind(7, f.end_line).bind(8, f.end_column);
        finding.bind(9, f.place).bind(10, f.excerpt).bind(11, f.fingerprint).bind(12, f.phase);
        finding.bind(13, f.related_path).bind(14, f.related_line).bind(15, f.mark_begin).bind(16, f.mark_length);
        finding.run();
        std::int64_t finding_id = db_.last_insert_id();
        for (const auto& n : f.notes) {
            note.bind(1, finding_id).bind(2, n.line).bind(3, n.column).bind(4, n.message).bind(5, n.path);
            note.run();
        }
    }
}

std::string AuditStore::pair_hash(std::int64_t report_id) {
    auto s = db_.prepare("SELECT pair_hash FROM cross_year_pairs WHERE report_id = ?1");
    s.bind(1, report_id);
    return s.step() ? s.column_text(0) : std::string();
}

void AuditStore::put_cross_year(const std::string& path, const std::string& previous_path,
                                const std::string& pair_hash, const std::vector<AuditFinding>& findings) {
    auto id_of = [&](const std::string& p) -> std::optional<std::int64_t> {
        auto s = db_.prepare("SELECT id FROM reports WHERE path = ?1");
        s.bind(1, p);
        if (!s.step()) return std::nullopt;
        return s.column_int(0);
    };
    auto report = id_of(path), previous = id_of(previous_path);
    if (report && previous) put_cross_year(*report, *previous, pair_hash, findings);
}

void AuditStore::put_cross_year(std::int64_t report_id, std::optional<std::int64_t> previous_id,
                                const std::string& pair_hash, const std::vector<AuditFinding>& findings) {
    SqliteTransaction tx(db_);
    db_.prepare("DELETE FROM findings WHERE report_id = ?1 AND phase = 'cross-year'").bind(1, report_id).run();
    db_.prepare("DELETE FROM cross_year_pairs WHERE report_id = ?1").bind(1, report_id).run();
    if (previous_id) {
        db_.prepare("INSERT INTO cross_year_pairs (report_id, previous_report_id, pair_hash) VALUES (?1, ?2, ?3)")
            .bind(1, report_id)
            .bind(2, *previous_id)
            .bind(3, pair_hash)
            .run();
        insert_findings(report_id, findings);
    }
    tx.commit();
}

void AuditStore::set_finding_status(const std::string& path, const std::string& fingerprint,
                                    const std::string& status, const std::string& note) {
    db_.prepare(
           "INSERT INTO finding_status (path, fingerprint, status, note) VALUES (?1, ?2, ?3, ?4) "
           "ON CONFLICT (path, fingerprint) DO UPDATE SET status = excluded.status, note = excluded.note, "
           "decided_at = excluded.decided_at")
        .bind(1, path)
        .bind(2, fingerprint)
        .bind(3, status)
        .bind(4, note)
        .run();
}

std::string AuditStore::finding_status(const std::string& path, const std::string& fingerprint) {
    auto s = db_.prepare("SELECT status FROM finding_status WHERE path = ?1 AND fingerprint = ?2");
    s.bind(1, path).bind(2, fingerprint);
    return s.step() ? s.column_text(0) : "open";
}

}  // namespace gklint
