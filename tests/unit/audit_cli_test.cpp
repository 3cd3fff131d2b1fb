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


// The audit's third phase and what it keeps: an agency's years paired, a carry-over break
// found at this year's cell with last year's place, pairs compared again only when one of
// the two reports changed, a supervisor's decision kept across re-audits.
TEST(AuditCli, AnAgencysYearsAreComparedAndOnlyChangedPairsAgain) {
    TempTree tree;
    for (const char* name : {"00000_2020.txt", "00000_2021.txt", "00001_2024.txt", "00001_2025.md"})
        tree.write(std::string("reports/") + name,
                   test::read_file(test::source_path(std::string("tests/fixtures/cross-year/") + name)));
    tree.write("reports/00000_2022.txt", test::read_file(test::source_path("tests/fixtures/injected/cross-year-carry-over.txt")));
    tree.write("reports/README.md", "# 说明\n\n本目录是2024年各单位的年度报告。\n");
    const std::string out = tree.path("audit"), db = out + "/gklint-audit.sqlite";

    auto first = run_gklint({"audit", tree.path("reports"), "--out", out});
    EXPECT_EQ(first.exit_code, 1) << first.err;
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM reports WHERE parse_status = 'not-a-report'"), 1) << "the README";
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM findings f JOIN reports r ON r.id = f.report_id WHERE r.path LIKE '%README.md'"), 0);
    EXPECT_EQ(query(db, "SELECT COUNT(DISTINCT agency_key) FROM reports WHERE agency_key <> ''"), 2);
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM cross_year_pairs"), 3) << "2020→2021, 2021→2022, 2024→2025";
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM findings f JOIN reports r ON r.id = f.report_id WHERE f.rule_id = "
                        "'cross-year/carry-over' AND f.phase = 'cross-year' AND r.path LIKE '%00000_2022.txt' "
                        "AND f.line IN (109, 115) AND f.related_path LIKE '%00000_2021.txt' AND f.related_line > 0"),
              2);
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM notes n JOIN findings f ON f.id = n.finding_id WHERE f.rule_id = "
                        "'cross-year/carry-over' AND n.path LIKE '%00000_2021.txt'"),
              2);
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM findings WHERE rule_id = 'cross-year/document-stock' AND severity = 'info'"), 1)
        << "2021 against 2020: the formats do not compare";
    EXPECT_NE(test::read_file(out + "/index.html").find("DecompressionStream"), std::string::npos);

    // A supervisor dismisses one finding; nothing changed: nothing is compared again.
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(h,
                           "INSERT INTO finding_status (path, fingerprint, status) SELECT r.path, f.fingerprint, "
                           "'dismissed' FROM findings f JOIN reports r ON r.id = f.report_id WHERE f.rule_id = "
                           "'cross-year/carry-over' AND f.line = 115",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(h);
    auto again = run_gklint({"audit", tree.path("reports"), "--out", out});
    EXPECT_NE(again.err.find("本次核对 0 份"), std::string::npos) << again.err;
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM findings_with_status WHERE rule_id = 'cross-year/carry-over' AND status = 'dismissed'"), 1);

    // Last year's report changes: this year's comparison is made again, the decision kept.
    std::string last = test::read_file(tree.path("reports/00000_2021.txt"));
    last.replace(last.find("现行有效17件"), std::string("现行有效17件").size(), "现行有效十七件");
    tree.write("reports/00000_2021.txt", last);
    auto third = run_gklint({"audit", tree.path("reports"), "--out", out});
    EXPECT_NE(third.err.find("1 份报告已写入"), std::string::npos) << third.err;
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM cross_year_pairs"), 3);
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM findings WHERE rule_id = 'cross-year/carry-over'"), 2);
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM findings_with_status WHERE rule_id = 'cross-year/carry-over' AND status = 'dismissed'"), 1);
}

// --manifest says who wrote a file and when; --aliases joins the names of one agency.
TEST(AuditCli, TheManifestAndTheAliasListNameTheAgencies) {
    TempTree tree;
    tree.write("reports/a.txt", test::read_file(test::source_path("tests/fixtures/cross-year/00000_2021.txt")));
    tree.write("reports/b.txt", test::read_file(test::source_path("tests/fixtures/cross-year/00001_2024.txt")));
    tree.write("manifest.csv", "\xEF\xBB\xBFpath,agency,region_code,level,year,url\n"
                               "reports/a.txt,示范县白沙镇,330100,乡镇,2021,https://example.invalid/a\n"
                               "\"reports/b.txt\",\"示范县,白沙镇旧称\",,,2022,\n"
                               "reports/missing.txt,无,,,,\n");
    tree.write("aliases.yaml", "agencies:\n  示范县白沙镇: [\"示范县，白沙镇旧称\"]\n");
    const std::string out = tree.path("audit"), db = out + "/gklint-audit.sqlite";
    auto run = run_gklint({"audit", tree.path("reports"), "--out", out, "--manifest", tree.path("manifest.csv"),
                           "--aliases", tree.path("aliases.yaml")});
    EXPECT_LE(run.exit_code, 1) << run.err;
    EXPECT_NE(run.err.find("missing.txt: listed in the manifest"), std::string::npos) << run.err;
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM reports WHERE agency_key = '示范县白沙镇'"), 2);
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM reports WHERE region_code = '330100' AND level = '乡镇' AND year = 2021 "
                        "AND url = 'https://example.invalid/a'"),
              1);
    EXPECT_EQ(query(db, "SELECT COUNT(*) FROM cross_year_pairs"), 1) << "2021 → 2022 by the manifest's years";

    tree.write("bad.csv", "path,agency,year\nreports/a.txt,x,二〇二一\n");
    auto bad = run_gklint({"audit", tree.path("reports"), "--out", out, "--manifest", tree.path("bad.csv")});
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.err.find("bad.csv:2: year '二〇二一' is not a year"), std::string::npos) << bad.err;
    tree.write("bad.yaml", "agencies: [a, b]\n");
    auto bad_aliases = run_gklint({"audit", tree.path("reports"), "--out", out, "--aliases", tree.path("bad.yaml")});
    EXPECT_EQ(bad_aliases.exit_code, 2);
    EXPECT_NE(bad_aliases.err.find("bad.yaml:1"), std::string::npos) << bad_aliases.err;
}

// A plain lint with last year's report: the cross-year findings, the note at last year's file.
TEST(LintPrevious, CrossYearFindingsPointAtLastYearsFile) {
    const std::string now = test::source_path("tests/fixtures/injected/cross-year-carry-over.txt");
    const std::string last = test::source_path("tests/fixtures/cross-year/00000_2021.txt");
    auto gcc = run_gklint({"-f", "gcc", now, "--previous", last});
    EXPECT_EQ(gcc.exit_code, 1);
    EXPECT_NE(gcc.out.find(now + ":109:2: error: 第三部分统计表“自然人”列：二为1"), std::string::npos) << gcc.out;
    EXPECT_NE(gcc.out.find(last + ":"), std::string::npos) << "a note at last year's file:\n" << gcc.out;
    auto json = run_gklint({"-f", "json", now, "--previous", last});
    EXPECT_NE(json.out.find("\"elsewhere\""), std::string::npos);
    auto sarif = run_gklint({"-f", "sarif", now, "--previous", last});
    EXPECT_NE(sarif.out.find("00000_2021.txt"), std::string::npos);
    auto alone = run_gklint({"-f", "gcc", now});
    EXPECT_EQ(alone.out.find("cross-year/"), std::string::npos) << "silent without last year's report";
    auto missing = run_gklint({"-f", "gcc", now, "--previous", "/nonexistent/2021.txt"});
    EXPECT_EQ(missing.exit_code, 2);
}

}  // namespace
}  // namespace gklint
