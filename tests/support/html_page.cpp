#include "support/html_page.h"

namespace gklint::test {

std::string page_of_lines(const std::string& text, const std::function<std::string(const std::string& line)>& paragraph) {
    std::string page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>年度报告</title></head><body>\n";
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t eol = text.find('\n', at);
        if (eol == std::string::npos) eol = text.size();
        std::string line = text.substr(at, eol - at);
        line.erase(0, std::min(line.size(), line.find_first_not_of("\t ")));
        page += paragraph ? paragraph(line) : "<p>" + line + "</p>";
        page += "\n";
        at = eol + 1;
    }
    return page + "</body></html>\n";
}

}  // namespace gklint::test
