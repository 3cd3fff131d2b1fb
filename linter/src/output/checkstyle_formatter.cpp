// Checkstyle XML: <checkstyle><file name><error line column severity message source/></file>.
// Read by Jenkins (warnings-ng), reviewdog -f=checkstyle, SonarQube and many CI services.
// Columns in --column-unit; notes are appended to the message, which has no place for them;
// the message is on one line (line breaks become spaces).
#include <ostream>

#include <fmt/format.h>

#include "output/display_text.h"
#include "output/formatters.h"
#include "output/source_span.h"
#include "output/xml_document.h"

namespace gklint {
namespace {

std::string message_with_notes(const Document& document, const Diagnostic& d, ColumnUnit unit) {
    std::string message = d.message;
    for (const auto& note : d.notes) {
        Position at = locate(document, note.range, unit).start;
        message += fmt::format(" [note {}:{}: {}]", at.line, at.column, note.message);
    }
    return message;
}

class CheckstyleFormatter : public Formatter {
public:
    explicit CheckstyleFormatter(const OutputOptions& options) : options_(options) {
        start_xml(document_);
        root_ = document_.append_child("checkstyle");
        root_.append_attribute("version") = "4.3";
    }

    void file(std::ostream&, const FileResult& result) override {
        pugi::xml_node file = root_.append_child("file");
        set_text_attribute(file, "name", result.document.path());
        for (const auto& d : result.diagnostics) {
            Position at = locate(result.document, d.range, options_.column_unit).start;
            pugi::xml_node error = file.append_child("error");
            set_count_attribute(error, "line", at.line);
            set_count_attribute(error, "column", at.column);
            set_text_attribute(error, "severity", severity_name(d.severity));
            set_text_attribute(error, "message", single_line(message_with_notes(result.document, d, options_.column_unit)));
            set_text_attribute(error, "source", d.rule_id);
        }
    }

    void end(std::ostream& out, const RunSummary&) override { print_xml(out, document_); }

private:
    OutputOptions options_;
    pugi::xml_document document_;
    pugi::xml_node root_;
};

}  // namespace

std::unique_ptr<Formatter> make_checkstyle_formatter(const OutputOptions& options) {
    return std::make_unique<CheckstyleFormatter>(options);
}

}  // namespace gklint
