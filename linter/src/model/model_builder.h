#pragma once
// Builds the report model of one document: structure (title, sections, headings,
// paragraphs, numbers, enumerations), format detection, then the tables of the
// detected template. Ranges in the result are in decoded-text offsets.
#include <string_view>

#include "model/report_model.h"
#include "model/report_template.h"
#include "normalize/normalized_text.h"
#include "read/table_grid.h"

namespace gklint {

// `grids`: the document's tables as its reader found them, in decoded-text offsets.
ReportModel build_report_model(std::string_view decoded, const NormalizedText& normalized,
                               const TemplateSet& templates, const std::vector<TableGrid>& grids = {});

}  // namespace gklint
