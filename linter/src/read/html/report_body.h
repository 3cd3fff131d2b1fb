#pragma once
// Finds the report in a web page: the block holding its section headings, and its
// title when that stands above the block.
#include <gumbo.h>

#include <string>
#include <vector>

namespace gklint {

struct ReportBody {
    const GumboNode* body = nullptr;
    const GumboNode* title = nullptr;  // read before the body; null when the body starts with it
};

// The element holding most of the distinct `markers` (the title's marker, one holding
// 年度报告, left out of that count: a menu or related links may name other reports),
// the smallest such element. Throws InputError when the page holds fewer than two.
ReportBody find_report_body(const GumboNode* root, const std::vector<std::string>& markers);

}  // namespace gklint
