#pragma once
// The statements of the period a report's figures cover: "本报告所列数据的统计期限自2020年1月1日起至
// 2020年12月31日止", "统计期间为2020年1月至12月", "2020.1.1—2020.12.31", "统计期限为2020年度",
// "数据统计截至2020年12月31日". Read across blanks and line breaks (PDF text writes
// "2023 年 1 月 1 日" and wraps anywhere), with Arabic or Chinese numerals ("二〇二〇年").
#include <optional>
#include <string_view>
#include <vector>

#include "model/report_model.h"

namespace gklint {

// Statements outside the tables, in text order. A date range must follow words that
// name the period (统计期限, 所列数据, 数据统计时间…) within its clause: "据统计，2020年3月1日至
// 6月30日开展专项行动" is not one.
std::vector<PeriodStatement> find_statistics_periods(std::string_view text, const std::vector<Table>& tables);

}  // namespace gklint
