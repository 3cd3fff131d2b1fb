#include "read/reader.h"

#include <fmt/format.h>

namespace gklint {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Legacy Word / WPS files are OLE compound documents.
bool is_ole_compound(std::string_view bytes) { return starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"); }

}  // namespace

ReadResult read_input(std::string_view path, std::string_view bytes, const ReadOptions& options) {
    if (is_ole_compound(bytes))
        throw InputError(
            "this is a legacy Word (.doc) or WPS file, which gklint does not read; save it as .docx "
            "(Word: File > Save As > Word Document) and lint that",
            0);
    InputFormat format = options.format ? *options.format : detect_input_format(path, bytes);
    switch (format) {
        case InputFormat::Html: return read_html(bytes, options);
        case InputFormat::Docx: return read_docx(bytes, options);
        case InputFormat::Pdf: return read_pdf(bytes, options);
        case InputFormat::Markdown: return read_text(bytes, options, true);
        case InputFormat::Text: break;
    }
    return read_text(bytes, options, false);
}

}  // namespace gklint
