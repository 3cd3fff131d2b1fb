#pragma once
// Where the block captions of table 二 are, in every table layout.
#include <vector>

#include <gklint/plugin.hpp>

#include "report_outline.h"
#include "table_caption.h"

namespace article {

// The captions the report model located (PDF columns, cells run together on one
// line, Markdown pipes, Traditional with pinyin), anything shaped like a caption
// inside the model's table 二 (items the template lacks, repeats), and captions at
// the start of a line of section 二 (a table the model could not read). In document
// order, each once.
std::vector<Caption> table_two_captions(const gklint::plugin::Context& ctx, const std::vector<LineSpan>& section_two);

}  // namespace article
