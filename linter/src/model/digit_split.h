#pragma once
// Splitting digits that web text ran together ("270020130") into the values of
// consecutive columns, using only what the template says must hold (a column that
// is the sum of others). A split is returned only when exactly one fits.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/report_template.h"

namespace gklint {

struct DigitSplit {
    std::vector<std::string> parts;  // one per column
    std::size_t solutions = 0;       // how many splits fit (1 = unique)
};

// `runs` are the digit strings of consecutive cells (ASCII digits); each is cut
// into one or more values so that there is one value per column of `columns`.
DigitSplit split_digit_runs(const std::vector<std::string>& runs, const std::vector<TemplateLabel>& columns);

}  // namespace gklint
