// HTML pages: decoded, parsed by gumbo, the report body found, its text written
// with a map back to the page source.
#include <algorithm>

#include "read/html/page_decoding.h"
#include "read/html/page_text_writer.h"
#include "read/html/parsed_page.h"
#include "read/html/report_body.h"
#include "read/reader.h"

namespace gklint {
namespace {

ReadResult read_decoded(const std::string& page, const ReadOptions& options) {
    ParsedPage parsed(page);
    parsed.check_nesting();
    ReportBody report = options.body_markers.empty() ? ReportBody{parsed.body(), nullptr}
                                                     : find_report_body(parsed.root(), options.body_markers);
    PageTextWriter writer(page);
    if (report.title) writer.write(report.title);
    writer.write(report.body);
    ReadResult result;
    writer.finish(result);
    if (result.text.empty()) throw InputError("the page has no text", 0);
    return result;
}

}  // namespace

ReadResult read_html(std::string_view bytes, const ReadOptions& options) {
    DecodedText decoded = decode_page(bytes, options.encoding);
    ReadResult result;
    try {
        result = read_decoded(decoded.text, options);
    } catch (const InputError& e) {
        // Offsets found in the decoded page are given in the file's bytes.
        throw InputError(e.what(), decoded.map.to_original(std::min(e.byte_offset(), decoded.text.size())));
    }
    result.format = InputFormat::Html;
    result.encoding = std::move(decoded.encoding);
    result.bom = decoded.bom;
    result.has_source = true;
    result.source = std::move(decoded.text);
    result.to_original = std::move(decoded.map);
    return result;
}

}  // namespace gklint
