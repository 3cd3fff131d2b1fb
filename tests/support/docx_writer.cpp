#include "support/docx_writer.h"

#include "fix/byte_edit.h"  // escape_html_text: & < > as entities, as XML text needs too
#include "support/docx_builder.h"

namespace gklint::test {
namespace {

std::string paragraph_xml(std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string runs;
    std::size_t at = 0;
    while (at <= line.size()) {
        std::size_t tab = line.find('\t', at);
        std::string_view piece = line.substr(at, tab == std::string_view::npos ? std::string_view::npos : tab - at);
        if (!piece.empty()) runs += "<w:t xml:space=\"preserve\">" + escape_html_text(piece) + "</w:t>";
        if (tab == std::string_view::npos) break;
        runs += "<w:tab/>";
        at = tab + 1;
    }
    return runs.empty() ? "<w:p/>" : "<w:p><w:r>" + runs + "</w:r></w:p>";
}

}  // namespace

std::string docx_from_text(std::string_view text) {
    std::string body;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t eol = text.find('\n', at);
        if (eol == std::string_view::npos) eol = text.size();
        body += paragraph_xml(text.substr(at, eol - at));
        at = eol + 1;
    }
    return make_docx(body);
}

}  // namespace gklint::test
