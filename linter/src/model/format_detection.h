#pragma once
// Which official format a report follows: its year, and the labels only one
// format has (the templates' `signatures`).
#include <optional>
#include <string_view>

#include "model/report_model.h"
#include "model/report_template.h"

namespace gklint {

// The report year: from the title ("2020年…年度报告"), else the statistics period.
std::optional<int> report_year(std::string_view text);

FormatDetection detect_format(std::string_view text, const TemplateSet& templates, std::optional<int> year);

}  // namespace gklint
