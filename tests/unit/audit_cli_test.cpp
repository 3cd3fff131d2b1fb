// gklint audit as a supervisor runs it: a folder of reports into a database; a second
// run re-lints only what changed.
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <filesystem>

#include "support/process.h"
#include "support/temp_tree.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

using test::run_gklint;
using test::TempTree;

std::int64_t query(const std::string& db, const std::string& sql) {
    sqlite3* h = nullptr;
    EXPECT_EQ(sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(h, sql.c_str(), -1, &s, nullptr), SQLITE_OK) << sqlite3_errmsg(h);
    std::int64_t v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
    sqlite3_finalize(s);
    sqlite3_close(h);
    return v;
}

TEST(AuditCli, AFolderBecomesADatabaseAndOnlyChangedReportsAreAuditedAgain) {
    TempTree tree;
    for (const char* name : {"2021_a_qingshi_town.txt", "2022_b_baisha_town.txt", "2021_l_tabblank_dongcun_town.txt"})
        tree.write(std::string("reports/") + name, test::read_file(test::source_path(std::string("tests/model/reports/") + name)));
    const std::string out = tree.path("audit"), db = out + "/gklint-audit.sqlite";

    auto first = run_gklint({"audit", tree.path("reports"), "--out", out, "--quiet"});
    EXPECT_EQ(first.exit_code, 0) << first.err;
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM reports WHERE parse_status = 'parsed'"), 3);
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM reports WHERE year IS NOT NULL AND agency_key <> ''"), 3);
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM facts WHERE table_key = 'requests' AND row_key = 'new' AND column_key = 'total'"), 3);
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM findings WHERE severity = 'error'"), 0);
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM findings WHERE rule_id = 'table/blank-cell'"), 3);

    auto again = run_gklint({"audit", tree.path("reports"), "--out", out});
    EXPECT_EQ(again.exit_code, 0);
    EXPECT_NE(again.err.find("0 份报告已写入"), std::string::npos) << again.err;
    EXPECT_NE(again.err.find("3 份未变未重审"), std::string::npos) << again.err;

    std::string changed = test::read_file(tree.path("reports/2022_b_baisha_town.txt"));
    changed.replace(changed.find("| 65 |"), 6, "| 66 |");
    tree.write("reports/2022_b_baisha_town.txt", changed);
    auto third = run_gklint({"audit", tree.path("reports"), "--out", out});
    EXPECT_EQ(third.exit_code, 1) << "the changed report has an error now";
    EXPECT_NE(third.err.find("1 份报告已写入"), std::string::npos) << third.err;
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM reports"), 3);
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM findings WHERE rule_id = 'table/row-sum'"), 1);
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM runs WHERE status = 'complete'"), 3);
}

}  // namespace
}  // namespace gklint
