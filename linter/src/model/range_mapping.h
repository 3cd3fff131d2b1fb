#pragma once
// Moves every range of a model built on the normalised text to the decoded text.
#include "model/report_model.h"
#include "normalize/offset_map.h"

namespace gklint {

void map_model_ranges(ReportModel& model, const OffsetMap& map);

}  // namespace gklint
