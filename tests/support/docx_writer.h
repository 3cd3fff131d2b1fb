#pragma once
// Minimal Word documents for tests: one paragraph per line of a text, written
// with libzip (the DOCX reader's tests use real Word/LibreOffice files too).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gklint::test {

// A .docx whose body has one w:p per line of `text` (tabs as w:tab, spaces kept),
// so the document's paragraph n is the text's line n.
std::string docx_from_text(std::string_view text);

// A zip archive of the named parts (deflated), as bytes.
std::string zip_of(const std::vector<std::pair<std::string, std::string>>& parts);

// A word/document.xml whose body is `body_xml`.
std::string document_xml(std::string_view body_xml);

}  // namespace gklint::test
