// The cross_year plugin: a report against last year's report of the same agency.
// See docs/rules/cross-year/{repeated-text,jump}.md; the relations between table cells
// of the two years are data (rules/cross-year.yaml).
#include <gklint/plugin.hpp>

#include "rules.h"

namespace {

using gklint::plugin::option;
using gklint::plugin::rule;

const gklint_option_decl kRepeatedOptions[] = {
    option("threshold", GKLINT_OPTION_NUMBER, "0.5",
           "Share of this year's prose found in last year's report above which it is reported (assessors deduct "
           "points for 与上年度重复率大于50%)"),
    option("shingle", GKLINT_OPTION_INTEGER, "8", "Length in characters of the overlapping pieces compared"),
};

const gklint_option_decl kJumpOptions[] = {
    option("factor", GKLINT_OPTION_NUMBER, "10", "Year-on-year ratio from which a key number is reported"),
    option("minimum", GKLINT_OPTION_NUMBER, "50", "The larger of the two years' values must be at least this"),
    option("cells", GKLINT_OPTION_STRING_LIST,
           "[requests::new:total, proactive:item5:licensing:decisions, proactive:item6:penalties:decisions, "
           "proactive:item1:normative:valid, appeals::values:review.total]",
           "Key numbers, as table:block:row:column of the template keys"),
};

const gklint_rule_decl kRules[] = {
    rule<cross_year::check_repeated_text>(
        "cross-year/repeated-text", GKLINT_SEVERITY_WARNING, "年度报告正文不应大段照搬上年度报告（重复率不超过50%）",
        "The report's text must not largely repeat last year's report (at most 50 % repeated)", false,
        kRepeatedOptions, std::size(kRepeatedOptions)),
    rule<cross_year::check_jump>("cross-year/jump", GKLINT_SEVERITY_INFO,
                                 "关键数字与上年度相比变化一个数量级以上，可能是单位或录入错误",
                                 "A key number changed by an order of magnitude since last year: a unit or typing error?",
                                 false, kJumpOptions, std::size(kJumpOptions)),
};

}  // namespace

GKLINT_DEFINE_PLUGIN("cross_year", "0.1.0", kRules)
