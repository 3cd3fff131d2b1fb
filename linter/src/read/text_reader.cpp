// Plain text and Markdown: the decoded file is the text; positions are its own.
#include <string>

#include "read/reader.h"
#include "read/suppression_directive.h"

namespace gklint {
namespace {

// "<!-- gklint-disable-next-line RULE -->" alone on a line covers the next line.
void find_markdown_suppressions(ReadResult& result) {
    const std::string& text = result.text;
    std::size_t at = 0;
    while ((at = text.find("<!--", at)) != std::string::npos) {
        std::size_t close = text.find("-->", at + 4);
        if (close == std::string::npos) break;
        auto directive = parse_suppression_directive(std::string_view(text).substr(at + 4, close - at - 4));
        at = close + 3;
        if (!directive || directive->kind != DirectiveKind::DisableNextLine) continue;
        std::size_t next = text.find('\n', at);
        if (next == std::string::npos) continue;
        std::size_t end = text.find('\n', next + 1);
        if (end == std::string::npos) end = text.size();
        result.suppressions.push_back({TextRange{next + 1, end}, directive->rules});
    }
}

}  // namespace

ReadResult read_text(std::string_view bytes, const ReadOptions& options, bool markdown) {
    DecodedText decoded = decode(bytes, options.encoding);
    ReadResult result;
    result.format = markdown ? InputFormat::Markdown : InputFormat::Text;
    result.text = std::move(decoded.text);
    result.encoding = std::move(decoded.encoding);
    result.bom = decoded.bom;
    result.to_original = std::move(decoded.map);
    if (markdown) find_markdown_suppressions(result);
    return result;
}

}  // namespace gklint
