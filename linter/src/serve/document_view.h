#pragma once
// The document as the clerk's page shows it: the title and headings, the paragraphs,
// and the statistics tables as tables (a row per line, a cell per tab-separated field).
// Each piece of text is split where findings begin and end, and each piece lists the
// findings that cover it, so the page marks the exact words or cell without knowing
// anything of byte offsets.
#include <cstddef>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostic.h"
#include "core/document.h"
#include "model/report_model.h"

namespace gklint::serve {

// {"blocks": [{"kind": "title"|"heading"|"subheading"|"paragraph", "part": N, "spans": [...]},
//             {"kind": "table", "part": N, "rows": [[{"spans": [...]}, …], …]}],
//  "parts": [N per finding]}   where a span is {"text": "…", "marks": [finding indices]}
// and a finding with an empty range is a span with empty text at its place.
nlohmann::json document_view(const Document& document, const ReportModel& model,
                             const std::vector<Diagnostic>& diagnostics);

// The part of the report (1 to 6, as the format numbers them) that `offset` is in; 0 before
// the first part's heading (title and introduction).
int part_of(const ReportModel& model, std::size_t offset);

}  // namespace gklint::serve
