// The front_matter plugin: the report's title, its statistics period and the
// format version of its tables. See docs/rules/structure/{title,statistics-period}.md
// and docs/rules/format/version-mismatch.md.
#include <gklint/plugin.hpp>

#include "rules.h"

namespace {

using gklint::plugin::rule;

const gklint_rule_decl kRules[] = {
    rule<front_matter::check_title>("structure/title", GKLINT_SEVERITY_WARNING,
                                    "报告应有标题：机关名称＋年份＋政府信息公开工作年度报告",
                                    "The report needs a title: agency + year + 政府信息公开工作年度报告"),
    rule<front_matter::check_statistics_period>(
        "structure/statistics-period", GKLINT_SEVERITY_ERROR,
        "报告应说明统计期限，且为报告年度的1月1日至12月31日",
        "The report must state its statistics period: 1 January to 31 December of the report year"),
    rule<front_matter::check_version_mismatch>(
        "format/version-mismatch", GKLINT_SEVERITY_ERROR,
        "统计表应使用报告年度适用的格式（2019—2020年度为试行格式，2021年度起为2021年格式），不得混用",
        "The tables must follow the format of the report year (2019 trial format for 2019–2020, the 2021 format "
        "from 2021), not a mixture"),
};

}  // namespace

GKLINT_DEFINE_PLUGIN("front_matter", "0.1.0", kRules)
