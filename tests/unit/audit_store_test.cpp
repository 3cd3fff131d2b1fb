// The audit database: schema created and versioned, a report replaced as a whole, the
// supervisor's status of a finding kept across re-audits, a newer schema refused.
#include <gtest/gtest.h>

#include "audit/audit_store.h"
#include "support/temp_tree.h"

namespace gklint {
namespace {

using test::TempTree;

AuditReport sample_report(const std::string& path, const std::string& hash) {
    AuditReport r;
    r.path = path;
    r.content_hash = hash;
    r.rules_fingerprint = "rules-1";
    r.size = 1234;
    r.input_kind = "text";
    r.agency = "平潭综合实验区管委会";
    r.agency_key = "平潭综合实验区";
    r.level = "市";
    r.year = 2021;
    r.format_version = "2021";
    r.title = "平潭综合实验区2021年度政府信息公开工作年度报告";
    r.parse_status = "parsed";
    r.facts.push_back({"requests", "", "new", "total", "number", 470, "470", 80, 12});
    r.facts.push_back({"requests", "", "carried_over", "total", "blank", 0, "", 81, 12});
    AuditFinding f;
    f.rule_id = "table/row-sum";
    f.severity = "error";
    f.message = "第三部分统计表…";
    f.line = 80;
    f.column = 12;
    f.end_line = 80;
    f.end_column = 15;
    f.fingerprint = "fp-1";
    f.notes.push_back({81, 3, "自然人 = 12", std::nullopt});
    r.findings.push_back(f);
    return r;
}

std::int64_t count(AuditStore& store, const std::string& sql) {
    auto s = store.db().prepare(sql);
    return s.step() ? s.column_int(0) : -1;
}

TEST(AuditStore, CreatesTheSchemaAndReplacesAReportAsAWhole) {
    TempTree tree;
    AuditStore store(tree.path("audit.sqlite"));
    EXPECT_EQ(store.db().user_version(), AuditStore::kSchemaVersion);
    std::int64_t run = store.begin_run("0.1.0", "rules-1");
    store.put(sample_report("a/2021.txt", "h1"), run);
    EXPECT_TRUE(store.is_current("a/2021.txt", "h1", "rules-1"));
    EXPECT_FALSE(store.is_current("a/2021.txt", "h2", "rules-1"));
    EXPECT_FALSE(store.is_current("a/2021.txt", "h1", "rules-2"));
    EXPECT_EQ(count(store, "SELECT COUNT(*) FROM facts"), 2);
    EXPECT_EQ(count(store, "SELECT COUNT(*) FROM notes"), 1);
    EXPECT_EQ(count(store, "SELECT COUNT(*) FROM facts WHERE kind = 'blank' AND value = 0"), 1);

    AuditReport changed = sample_report("a/2021.txt", "h2");
    changed.findings.clear();
    store.put(changed, run);
    EXPECT_EQ(count(store, "SELECT COUNT(*) FROM reports"), 1);
    EXPECT_EQ(count(store, "SELECT COUNT(*) FROM findings"), 0);
    EXPECT_EQ(count(store, "SELECT COUNT(*) FROM notes"), 0) << "notes go with their findings";
    EXPECT_EQ(count(store, "SELECT COUNT(*) FROM facts"), 2) << "the old facts are replaced, not added to";
    store.end_run(run, "complete");
    EXPECT_EQ(count(store, "SELECT COUNT(*) FROM runs WHERE status = 'complete' AND finished IS NOT NULL"), 1);
}

TEST(AuditStore, AFindingsStatusSurvivesAReAuditByPathAndFingerprint) {
    TempTree tree;
    const std::string db = tree.path("audit.sqlite");
    {
        AuditStore store(db);
        std::int64_t run = store.begin_run("0.1.0", "rules-1");
        store.put(sample_report("a/2021.txt", "h1"), run);
        store.set_finding_status("a/2021.txt", "fp-1", "dismissed", "核实无误");
    }
    AuditStore store(db);  // reopened: no migration runs twice
    std::int64_t run = store.begin_run("0.1.0", "rules-1");
    store.put(sample_report("a/2021.txt", "h3"), run);
    EXPECT_EQ(store.finding_status("a/2021.txt", "fp-1"), "dismissed");
    EXPECT_EQ(count(store, "SELECT COUNT(*) FROM findings_with_status WHERE status = 'dismissed'"), 1);
    EXPECT_EQ(store.finding_status("a/2021.txt", "fp-other"), "open");
}

TEST(AuditStore, ADatabaseOfANewerGklintIsRefusedWithAClearError) {
    TempTree tree;
    const std::string db = tree.path("audit.sqlite");
    {
        AuditStore store(db);
        store.db().set_user_version(AuditStore::kSchemaVersion + 1);
    }
    try {
        AuditStore store(db);
        FAIL() << "opened a newer schema";
    } catch (const SqliteError& e) {
        EXPECT_NE(std::string(e.what()).find("newer than this gklint"), std::string::npos) << e.what();
    }
}

TEST(AuditStore, ConstraintsRejectWhatTheSchemaDoesNotKnow) {
    TempTree tree;
    AuditStore store(tree.path("audit.sqlite"));
    std::int64_t run = store.begin_run("0.1.0", "rules-1");
    AuditReport r = sample_report("a/2021.txt", "h1");
    r.parse_status = "fine";
    EXPECT_THROW(store.put(r, run), SqliteError);
    EXPECT_EQ(count(store, "SELECT COUNT(*) FROM reports"), 0) << "the failed report left nothing behind";
}

}  // namespace
}  // namespace gklint
