#pragma once
// Where section 二 (主动公开政府信息情况) of a report is.
#include <cstddef>
#include <vector>

#include <gklint/plugin.hpp>

namespace article {

// Lines [first, end), 0-based.
struct LineSpan {
    std::size_t first = 0;
    std::size_t end = 0;
};

// Every stretch under a level-1 heading 二 ("二、", "二.", "二．", leading
// whitespace allowed): from that heading to the next level-1 heading numbered
// 三 or later, or to the end of the text.
std::vector<LineSpan> section_two_spans(const gklint::plugin::Context& ctx);

}  // namespace article
