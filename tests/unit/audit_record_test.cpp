// A linted report as the audit stores it: identity from the model, every cell a fact,
// findings with position, place and the source line.
#include <gtest/gtest.h>

#include <algorithm>

#include "audit/audit_record.h"
#include "support/builtin_registry.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

TEST(AuditRecord, ACleanReportGivesItsAgencyYearFormatAndEveryCell) {
    const std::string path = test::source_path("tests/model/reports/2021_l_tabblank_dongcun_town.txt");
    Document doc(path, test::read_file(path));
    Analysis analysis(doc, &test::builtin_templates());
    Diagnostic d;
    d.rule_id = "table/blank-cell";
    d.severity = Severity::Warning;
    d.message = "第二部分统计表有4个单元格空白";
    d.range = {doc.text().find("规章"), doc.text().find("规章") + 6};
    d.fingerprint = "fp";
    AuditReport r = audit_record(analysis, {d}, "hash", "rules", {}, Language::Zh);
    EXPECT_EQ(r.agency, "北岭县东村镇人民政府");
    EXPECT_EQ(r.agency_key, agency_key("北岭县东村镇"));
    EXPECT_EQ(r.level, "乡镇");
    EXPECT_EQ(r.year, 2021);
    EXPECT_EQ(r.format_version, "2021");
    EXPECT_EQ(r.input_kind, "text");
    EXPECT_EQ(r.parse_status, "parsed");
    // Table 二 (4 blocks, 10 cells), 三 (25 rows × 7), 四 (15).
    EXPECT_EQ(r.facts.size(), 10u + 175u + 15u);
    auto blank = std::find_if(r.facts.begin(), r.facts.end(), [](const AuditFact& f) {
        return f.table_key == "requests" && f.row_key == "carried_over" && f.column_key == "natural";
    });
    ASSERT_NE(blank, r.facts.end());
    EXPECT_EQ(blank->kind, "blank");
    EXPECT_EQ(blank->value, 0.0);
    EXPECT_EQ(blank->line, 40);
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(r.findings[0].line, 19);
    EXPECT_EQ(r.findings[0].column, 1);
    EXPECT_EQ(r.findings[0].severity, "warning");
    EXPECT_EQ(r.findings[0].excerpt, "规章\t\t\t");
}

}  // namespace
}  // namespace gklint
