#pragma once
// A Word document made of a text, for running text cases through the DOCX reader.
#include <string>
#include <string_view>

namespace gklint::test {

// A .docx whose body has one w:p per line of `text` (tabs as w:tab, spaces kept),
// so the document's paragraph n is the text's line n (docx_builder.h makes it).
std::string docx_from_text(std::string_view text);

}  // namespace gklint::test
