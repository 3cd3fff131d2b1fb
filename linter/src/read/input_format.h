#pragma once
// The kinds of input file gklint reads, chosen by content and extension.
#include <optional>
#include <string>
#include <string_view>

namespace gklint {

enum class InputFormat { Text, Markdown, Html, Docx, Pdf };

// "text", "markdown", "html", "docx", "pdf"; nullopt for anything else.
std::optional<InputFormat> parse_input_format(std::string_view name);
std::string_view input_format_name(InputFormat format);

// The format of a file: its content where the content says (a zip with
// word/document.xml, "%PDF-", an HTML document), else its extension, else text.
// Legacy Word (.doc, .wps: OLE compound files) is reported by read_input, not here.
InputFormat detect_input_format(std::string_view path, std::string_view bytes);

// Extensions a directory walk picks up: .txt .md .markdown .html .htm .shtml .xhtml .docx .pdf
bool has_report_extension(std::string_view path);

}  // namespace gklint
