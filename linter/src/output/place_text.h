#pragma once
// Where a finding is, in the words of its format: "第2页第14行", "第3段", "表格2第5行第2列".
#include <string>

#include "core/document.h"
#include "core/language.h"
#include "output/diagnostic_json.h"

namespace gklint {

// Empty for plain text (the line and column say it all).
std::string place_text(const Place& place, Language language);

// {"page": 2, "pageLine": 14, "paragraph": 3, "table": 2, "row": 5, "column": 2, "text": "…"}
// with only the parts that apply; null for plain text.
OrderedJson place_json(const Place& place, Language language);

}  // namespace gklint
