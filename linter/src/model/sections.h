#pragma once
// The six level-1 sections of a report: headings "N、title" matched against the
// template's section titles (and accepted variants, and near misses), found at a
// line start or after a sentence end, so that text without line breaks works too.
#include <string_view>
#include <vector>

#include "model/report_model.h"
#include "model/report_template.h"

namespace gklint {

struct SectionScan {
    std::vector<Section> sections;      // template order, present or not
    std::vector<Heading> level1_order;  // matched headings in document order
};

SectionScan find_sections(std::string_view text, const ReportTemplate& tmpl);

}  // namespace gklint
