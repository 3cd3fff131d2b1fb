// The structure plugin: the report's outline against the official format — the six
// level-1 sections, their headings and order, the numbering below them, the part count
// stated in the intro, and the statistics tables of 二/三/四. See docs/rules/structure/.
#include <gklint/plugin.hpp>

#include "rules.h"

namespace {

using gklint::plugin::option;
using gklint::plugin::rule;

const gklint_option_decl kHeadingOptions[] = {
    option("accept", GKLINT_OPTION_STRING_LIST, "[因政府信息公开工作被申请行政复议、提起行政诉讼情况]",
           "Further heading titles (without the numbering) accepted as written, besides the format's own; the default "
           "is the 条例 第五十条 wording of part 四"),
};

const gklint_rule_decl kRules[] = {
    rule<structure::check_missing_section>("structure/missing-section", GKLINT_SEVERITY_ERROR,
                                           "年度报告应包含格式规定的六个部分",
                                           "The report must have the six parts of the format"),
    rule<structure::check_section_order>("structure/section-order", GKLINT_SEVERITY_ERROR,
                                         "六个部分应按格式规定的顺序排列", "The six parts must stand in the format's order"),
    rule<structure::check_heading_text>("structure/heading-text", GKLINT_SEVERITY_WARNING,
                                        "一级标题应与格式规定的文字一致", "Level-1 headings must read as the format writes them",
                                        /*fixable=*/true, kHeadingOptions,
                                        sizeof(kHeadingOptions) / sizeof(kHeadingOptions[0])),
    rule<structure::check_numbering>("structure/numbering", GKLINT_SEVERITY_WARNING,
                                     "各级标题编号应连续、同级样式一致",
                                     "Headings below level 1 are numbered in sequence, one style per level"),
    rule<structure::check_part_count>("structure/part-count", GKLINT_SEVERITY_ERROR,
                                      "引言所述“由N个部分组成”应与报告实有部分数一致",
                                      "The part count stated in the intro must match the parts of the report"),
    rule<structure::check_empty_section>("structure/empty-section", GKLINT_SEVERITY_ERROR,
                                         "第二、三、四部分应有可读取的统计表",
                                         "Parts 二, 三 and 四 must hold their statistics tables as text"),
};

}  // namespace

GKLINT_DEFINE_PLUGIN("structure", "0.1.0", kRules)
