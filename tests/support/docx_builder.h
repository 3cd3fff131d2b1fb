#pragma once
// Builds zip archives and .docx files in memory, for the DOCX reader tests.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace gklint::test {

using ZipEntries = std::vector<std::pair<std::string, std::string>>;  // name, content

// A zip archive of the entries (deflated).
std::string make_zip(const ZipEntries& entries);

// A zip archive with one entry of `size` zero bytes, deflated (a zip bomb when large): the
// zeros are made while compressing, never held in memory.
std::string make_zeros_zip(const std::string& name, std::size_t size);

// WordprocessingML: `body` inside <w:document><w:body>; `parts` are other parts, e.g.
// {"word/numbering.xml", numbering_xml(...)}.
std::string make_docx(const std::string& body, const ZipEntries& parts = {});

// A part's root element with the w: (and mc:) namespace declared around `content`.
std::string word_part(const std::string& root, const std::string& content);

// <w:p> with one run of `text`, optionally with paragraph properties.
std::string paragraph(const std::string& text, const std::string& properties = "");
// <w:r><w:t>text</w:t></w:r>
std::string run(const std::string& text);

}  // namespace gklint::test
