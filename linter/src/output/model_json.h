#pragma once
// The report model as JSON (`gklint parse --format json`): every range with its
// start and end line:column in the document, and byte offsets in the original file.
#include <nlohmann/json.hpp>

#include "core/document.h"
#include "model/report_model.h"

namespace gklint {

nlohmann::json model_to_json(const Document& document, const ReportModel& model, ColumnUnit unit);

}  // namespace gklint
