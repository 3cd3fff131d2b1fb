#include "read/reader.h"

#include "read/legacy_office.h"

namespace gklint {

ReadResult read_input(std::string_view path, std::string_view bytes, const ReadOptions& options) {
    reject_legacy_office(bytes);
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
