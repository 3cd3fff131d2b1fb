#pragma once
// Finds the statistics tables of one template in a report and reads them cell by
// cell, in any of the text layouts reports come in (one cell per line, pipes, tabs,
// space-aligned PDF text, Markdown, cells run together). Works on the normalised
// text; every range it returns is in normalised-text offsets (the model builder
// maps them back to the decoded text).
#include <string_view>
#include <vector>

#include "model/report_model.h"
#include "model/report_template.h"
#include "read/table_grid.h"

namespace gklint {

// `sections` are the six template sections located in `text` (normalised
// offsets; body ranges used to find each table's region). Returns one Table per
// template table, in template order, present or not.
// `grids`: the tables as the document states them (HTML, DOCX, PDF readers), in
// normalised offsets; empty for plain text.
std::vector<Table> parse_tables(std::string_view text, const ReportTemplate& tmpl,
                                const std::vector<Section>& sections, const std::vector<TableGrid>& grids = {});

}  // namespace gklint
