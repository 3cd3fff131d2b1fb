// The narrative plugin: what the report's prose says, checked against itself and
// the statistics tables. See docs/rules/narrative/.
#include <gklint/plugin.hpp>

#include "rules.h"

namespace {

using gklint::plugin::option;
using gklint::plugin::rule;

const gklint_option_decl kDeadlineOptions[] = {
    option("deadline", GKLINT_OPTION_STRING, "\"01-31\"",
           "Last day (MM-DD) for publishing the report, in the year after the report year (条例第四十九条: 1月31日 for "
           "县级以上人民政府部门; set per body, e.g. 03-31 or a local date)"),
    option("years-after", GKLINT_OPTION_INTEGER, "1", "Years after the report year in which the deadline falls"),
};

const gklint_rule_decl kRules[] = {
    rule<narrative::check_sum>("narrative/sum", GKLINT_SEVERITY_ERROR, "“N条，其中A条、B条”的各部分不应超过总数，划分时之和应等于总数",
                               "Parts after “其中” must not exceed the total and must add up to it when they divide it"),
    rule<narrative::check_table_mismatch>("narrative/table-mismatch", GKLINT_SEVERITY_ERROR,
                                          "正文所述申请、复议、诉讼数量应与统计表一致",
                                          "Counts stated in the text must match the statistics tables"),
    rule<narrative::check_contradiction>("narrative/contradiction", GKLINT_SEVERITY_ERROR,
                                         "正文不应与自身或统计表矛盾（如“均已办结”而有结转）",
                                         "The text must not contradict itself or the tables (all handled, yet carried forward)"),
    rule<narrative::check_enumeration_count>("narrative/enumeration-count", GKLINT_SEVERITY_ERROR,
                                             "“以下N方面”等宣布的数目应与列出的项数一致",
                                             "An announced count (以下四方面) must match the items that follow"),
    rule<narrative::check_required_topics>("narrative/required-topics", GKLINT_SEVERITY_WARNING,
                                           "总体情况应涵盖主动公开、依申请公开、政府信息管理、平台建设、监督保障",
                                           "总体情况 must cover the five topics of the report format"),
    rule<narrative::check_government_topics>("narrative/government-topics", GKLINT_SEVERITY_ERROR,
                                             "人民政府的年度报告应包括工作考核、社会评议和责任追究结果情况",
                                             "A people's government's report must cover 工作考核, 社会评议 and 责任追究"),
    rule<narrative::check_year>("narrative/year", GKLINT_SEVERITY_ERROR, "标题、统计期间和正文中的年份应与报告年度一致",
                                "Years in the title, period and text must be the report year"),
    rule<narrative::check_deadline>("narrative/deadline", GKLINT_SEVERITY_WARNING, "落款日期不应晚于公布期限",
                                    "The signature date must not be after the publication deadline", false,
                                    kDeadlineOptions, sizeof(kDeadlineOptions) / sizeof(kDeadlineOptions[0])),
    rule<narrative::check_undated>("narrative/undated", GKLINT_SEVERITY_INFO, "报告应有落款日期",
                                   "The report should carry a signature date"),
};

}  // namespace

GKLINT_DEFINE_PLUGIN("narrative", "0.1.0", kRules)
