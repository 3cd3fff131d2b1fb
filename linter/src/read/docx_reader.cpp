// DOCX: the paragraphs of word/document.xml, one line each (read/docx/body_reader.h), with
// Word's automatic numbering rendered and Word comments "gklint-disable RULE" as suppressions.
#include <memory>

#include "read/docx/body_reader.h"
#include "read/docx/comment_directives.h"
#include "read/docx/list_numbering.h"
#include "read/docx/paragraph_styles.h"
#include "read/docx/xml_part.h"
#include "read/docx/zip_archive.h"
#include "read/legacy_office.h"
#include "read/reader.h"

namespace gklint {
namespace {

constexpr const char* kDocumentPart = "word/document.xml";

// An optional part's root element; an empty node when the file has no such part.
struct OptionalPart {
    std::unique_ptr<pugi::xml_document> xml;
    pugi::xml_node root() const { return xml ? xml->document_element() : pugi::xml_node(); }
};

OptionalPart read_optional_part(const docx::ZipArchive& zip, const char* name, std::size_t max_bytes) {
    auto bytes = zip.read(name, max_bytes);
    return OptionalPart{bytes ? docx::parse_part(*bytes, name) : nullptr};
}

}  // namespace

ReadResult read_docx(std::string_view bytes, const ReadOptions& options) {
    if (bytes.empty()) throw InputError("not a Word document (.docx): the file is empty", 0);
    reject_legacy_office(bytes);
    docx::ZipArchive zip(bytes);
    auto document_bytes = zip.read(kDocumentPart, options.max_unpacked_bytes);
    if (!document_bytes)
        throw InputError("not a Word document (.docx): the zip archive has no word/document.xml", 0);
    auto document = docx::parse_part(*document_bytes, kDocumentPart);
    document_bytes.reset();

    OptionalPart styles_part = read_optional_part(zip, "word/styles.xml", options.max_unpacked_bytes);
    OptionalPart numbering_part = read_optional_part(zip, "word/numbering.xml", options.max_unpacked_bytes);
    OptionalPart comments_part = read_optional_part(zip, "word/comments.xml", options.max_unpacked_bytes);

    docx::ParagraphStyles styles(styles_part.root());
    docx::ListNumbering numbering(numbering_part.root(), styles);
    auto directives = docx::disable_comments(comments_part.root());
    pugi::xml_node body = document->document_element().child("w:body");
    docx::BodyText body_text = docx::BodyReader(styles, numbering, directives).read(body);

    ReadResult result;
    result.format = InputFormat::Docx;
    result.encoding = "DOCX";
    result.text = std::move(body_text.text);
    result.tables = std::move(body_text.tables);
    result.suppressions = std::move(body_text.suppressions);
    result.to_original = SourceMap::shifted(0, result.text.size());
    result.fix_refusal_zh = "gklint 不修改 Word 文件（.docx）：请在 Word 中按建议修改";
    result.fix_refusal_en = "gklint does not write Word files (.docx); apply the suggested fix in Word";
    return result;
}

}  // namespace gklint
