#pragma once
// A web page made of a report's text for tests: one <p> per line.
#include <functional>
#include <string>

namespace gklint::test {

// `paragraph(line)` gives the markup of each line (by default "<p>line</p>", the line's
// leading tabs and spaces dropped); the page is UTF-8 with a meta charset.
std::string page_of_lines(const std::string& text,
                          const std::function<std::string(const std::string& line)>& paragraph = {});

}  // namespace gklint::test
