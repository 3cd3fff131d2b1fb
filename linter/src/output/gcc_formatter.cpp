// PATH:LINE:COL: SEVERITY: MESSAGE [RULE-ID], one finding per line, for editors and CI.
#include <ostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "output/display_text.h"
#include "output/formatters.h"
#include "output/source_span.h"

namespace gklint {
namespace {

std::string_view gcc_severity(Severity severity) {
    switch (severity) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Info: return "note";
    }
    return "error";
}

class GccFormatter : public Formatter {
public:
    explicit GccFormatter(const OutputOptions& options) : options_(options) {}

    void file(std::ostream& out, const FileResult& result) override {
        std::string path = single_line(result.document.path());
        for (const auto& d : result.diagnostics) {
            Position at = locate(result.document, d.range, options_.column_unit).start;
            fmt::print(out, "{}:{}:{}: {}: {} [{}]\n", path, at.line, at.column, gcc_severity(d.severity),
                       single_line(d.message), single_line(d.rule_id));
            for (const auto& note : d.notes) {
                Position note_at = locate(result.document, note.range, options_.column_unit).start;
                std::string note_path = path;
                if (note.elsewhere) {  // last year's report: its own file, line and column
                    note_path = single_line(note.elsewhere->path);
                    note_at.line = note.elsewhere->line;
                    note_at.column = note.elsewhere->column;
                }
                // Notes keep the shape of every line (and say whose note they are).
                fmt::print(out, "{}:{}:{}: note: {} [{}]\n", note_path, note_at.line, note_at.column,
                           single_line(note.message), single_line(d.rule_id));
            }
        }
    }

private:
    OutputOptions options_;
};

}  // namespace

std::unique_ptr<Formatter> make_gcc_formatter(const OutputOptions& options) {
    return std::make_unique<GccFormatter>(options);
}

}  // namespace gklint
