// gklint audit as a supervisor runs it: a folder of reports into a database; a second
// run re-lints only what changed.
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>

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

    auto csv = run_gklint({"audit", tree.path("reports"), "--out", out, "--export", "csv", "--quiet"});
    EXPECT_EQ(csv.exit_code, 1) << csv.err;
    const std::string facts = test::read_file(out + "/csv/facts.csv");
    EXPECT_EQ(facts.rfind("\xEF\xBB\xBFpath,agency_key,year,table_key", 0), 0u) << "BOM and header";
    EXPECT_EQ(static_cast<std::int64_t>(std::count(facts.begin(), facts.end(), '\n')) - 1,
              query(db, "SELECT COUNT(*) FROM facts"));
    const std::string findings = test::read_file(out + "/csv/findings.csv");
    EXPECT_NE(findings.find("table/row-sum,error"), std::string::npos);
}

// The number of reports written so far, -1 while the database or its schema is not there yet.
std::int64_t reports_so_far(const std::string& db) {
    sqlite3* h = nullptr;
    std::int64_t v = -1;
    if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(h, "SELECT COUNT(*) FROM reports", -1, &s, nullptr) == SQLITE_OK &&
            sqlite3_step(s) == SQLITE_ROW)
            v = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(h);
    return v;
}

// Everything a re-audit must reproduce, as one text: reports, facts and findings.
std::string contents(const std::string& db) {
    sqlite3* h = nullptr;
    EXPECT_EQ(sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    std::string out;
    for (const char* sql :
         {"SELECT path, content_hash, agency_key, year, format_version, parse_status FROM reports ORDER BY path",
          "SELECT r.path, table_key, block, row_key, column_key, kind, value, line, f.column FROM facts f "
          "JOIN reports r ON r.id = f.report_id ORDER BY 1, 2, 3, 4, 5",
          "SELECT r.path, rule_id, severity, message, line, f.column, fingerprint FROM findings f "
          "JOIN reports r ON r.id = f.report_id ORDER BY 1, 2, 5, 6, 4"}) {
        sqlite3_stmt* s = nullptr;
        EXPECT_EQ(sqlite3_prepare_v2(h, sql, -1, &s, nullptr), SQLITE_OK);
        while (sqlite3_step(s) == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(s); ++i) {
                const auto* t = sqlite3_column_text(s, i);
                out += t ? reinterpret_cast<const char*>(t) : "∅";
                out += '\t';
            }
            out += '\n';
        }
        sqlite3_finalize(s);
    }
    sqlite3_close(h);
    return out;
}

TEST(AuditCli, AnInterruptedAuditRunAgainGivesTheSameDatabaseAsAnUninterruptedOne) {
    TempTree tree;
    const std::vector<std::string> names = {"2021_a_qingshi_town.txt", "2022_b_baisha_town.txt",
                                            "2021_l_tabblank_dongcun_town.txt", "2024_f_fengle_town.txt"};
    for (int copy = 0; copy < 150; ++copy)
        for (const auto& name : names)
            tree.write("reports/" + std::to_string(copy) + "_" + name,
                       test::read_file(test::source_path("tests/model/reports/" + name)));
    const std::string whole = tree.path("whole"), interrupted = tree.path("interrupted");
    ASSERT_LE(run_gklint({"audit", tree.path("reports"), "--out", whole, "--quiet"}).exit_code, 1);

    const std::string binary = GKLINT_BINARY, reports = tree.path("reports");
    std::vector<std::string> args = {binary, "audit", reports, "--out", interrupted, "--quiet", "-j", "2"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    ASSERT_EQ(posix_spawn(&pid, binary.c_str(), nullptr, nullptr, argv.data(), environ), 0);
    // Interrupted in the middle of writing: once the first reports are in the database.
    const std::string db = interrupted + "/gklint-audit.sqlite";
    for (int tries = 0; tries < 600; ++tries) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (std::filesystem::exists(db) && reports_so_far(db) > 0) break;
    }
    kill(pid, SIGINT);
    int status = 0;
    waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    const int code = WEXITSTATUS(status);
    EXPECT_TRUE(code == 130 || code <= 1) << code;  // 130 when it stopped early, else it had finished
    const std::int64_t partial = query(interrupted + "/gklint-audit.sqlite", "SELECT COUNT(*) FROM reports");
    if (code == 130) {
        EXPECT_LT(partial, 600);
        EXPECT_EQ(query(interrupted + "/gklint-audit.sqlite", "SELECT COUNT(*) FROM runs WHERE status = 'interrupted'"), 1);
    }
    ASSERT_LE(run_gklint({"audit", reports, "--out", interrupted, "--quiet"}).exit_code, 1);
    EXPECT_EQ(contents(interrupted + "/gklint-audit.sqlite"), contents(whole + "/gklint-audit.sqlite"))
        << "interrupted after " << partial << " reports";
}

}  // namespace
}  // namespace gklint
