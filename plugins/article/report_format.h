#pragma once
// Which national report format a report follows, so table 二's captions can be
// checked against the right item list:
//   国办公开办函〔2019〕60号 (reports for 2019 and 2020): 第二十条第（一）（五）（六）（八）（九）项
//   国办公开办函〔2021〕30号 (reports for 2021 on):       第二十条第（一）（五）（六）（八）项
#include <string>
#include <vector>

#include <gklint/plugin.hpp>

#include "report_outline.h"

namespace article {

enum class TableFormat { Y2019, Y2021, Either };

// How the format was decided (said in messages, so a reader can check it).
enum class FormatBasis { Option, ReportYear, TableLabels, Undetermined };

struct FormatChoice {
    TableFormat format = TableFormat::Either;
    FormatBasis basis = FormatBasis::Undetermined;
    int year = 0;  // with FormatBasis::ReportYear
};

// Option `format`: "2019" or "2021" force a format; "auto" (the default) takes
// the report year (a 20xx年 in the first five non-empty lines: up to 2020 → 2019
// format, later → 2021 format), else the table 二 column labels only one format
// uses, else accepts either.
FormatChoice choose_format(const gklint::plugin::Context& ctx, const std::vector<LineSpan>& section_two);

// The item numerals table 二 may cite under a format, in order ("一", "五", …).
const std::vector<std::string>& allowed_items(TableFormat format);

}  // namespace article
