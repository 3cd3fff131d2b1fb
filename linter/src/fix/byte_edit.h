#pragma once
// Applies chosen fixes to a document's original bytes: every byte outside the
// fixed ranges stays as it was (encoding, byte order mark, line endings).
#include <string>
#include <vector>

#include "core/document.h"
#include "fix/fix_selection.h"

namespace gklint {

struct EditedFile {
    std::string bytes;  // the new file content
    std::string text;   // its decoded text
};

// The replacement as it goes into this document: "\n" becomes "\r\n" in a file
// with CRLF line endings.
std::string adapt_line_endings(const Document& document, const std::string& replacement);

// Text as it goes into an HTML text node: & < > as entities.
std::string escape_html_text(std::string_view text);

// Empty when the fix can be written into the file (its text verbatim there, the
// replacement expressible in the file's format and encoding), else why not.
std::string encoding_veto(const Document& document, const Fix& fix);

// Splices the fixes (sorted, disjoint, each passing encoding_veto) into the
// original bytes and checks that the result decodes to the fixed text. Throws
// std::runtime_error when it does not (a stateful charset, say): the file is then
// left alone.
EditedFile apply_fixes(const Document& document, const std::vector<ChosenFix>& fixes);

}  // namespace gklint
