// For people at a terminal: each finding with its source line underlined, then a summary.
#include <algorithm>
#include <ostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "output/display_text.h"
#include "output/fix_help.h"
#include "output/formatters.h"
#include "output/place_text.h"
#include "output/source_snippet.h"
#include "output/source_span.h"
#include "output/summary_line.h"
#include "output/terminal_style.h"

namespace gklint {
namespace {

std::size_t digit_count(std::size_t n) { return fmt::formatted_size("{}", n); }

class HumanFormatter : public Formatter {
public:
    explicit HumanFormatter(const OutputOptions& options) : options_(options), style_(options.color) {}

    void file(std::ostream& out, const FileResult& result) override {
        for (const auto& d : result.diagnostics) print_diagnostic(out, result.document, d);
    }

    void end(std::ostream& out, const RunSummary& summary) override {
        out << summary_line(summary, options_.language, style_) << '\n';
    }

private:
    void print_diagnostic(std::ostream& out, const Document& document, const Diagnostic& d) const {
        std::size_t last_line = locate(document, d.range, options_.column_unit).start.line;
        for (const auto& note : d.notes)
            last_line = std::max(last_line, locate(document, note.range, options_.column_unit).start.line);
        std::size_t gutter_digits = digit_count(last_line);

        std::string label = fmt::format("{}:", severity_name(d.severity));
        print_header(out, document, d.range, style_.paint(label, tone_of(d.severity)),
                     fmt::format("{} [{}]", single_line(d.message), single_line(d.rule_id)));
        print_snippet(out, document, d.range, gutter_digits, tone_of(d.severity));
        std::string place = place_text(document.place(d.range.begin), options_.language);
        if (!place.empty())
            fmt::print(out, "{}= {}{}\n", std::string(gutter_digits + 2, ' '),
                       style_.paint(options_.language == Language::En ? "at: " : "位置：", Tone::Help), place);
        if (d.fix) {
            fmt::print(out, "{}= {} {}\n", std::string(gutter_digits + 2, ' '), style_.paint("help:", Tone::Help),
                       describe_fix(document, d, options_.language));
        }
        for (const auto& note : d.notes) {
            if (note.elsewhere) {  // last year's report: its place, without a snippet of this file
                std::string where = fmt::format("{}:{}:{}:", single_line(note.elsewhere->path), note.elsewhere->line,
                                                note.elsewhere->column);
                fmt::print(out, "{} {} {}\n", style_.paint(where, Tone::Path), style_.paint("note:", Tone::Note),
                           single_line(note.message));
                continue;
            }
            print_header(out, document, note.range, style_.paint("note:", Tone::Note), single_line(note.message));
            print_snippet(out, document, note.range, gutter_digits, Tone::Note);
        }
        out << '\n';
    }

    void print_header(std::ostream& out, const Document& document, TextRange range, const std::string& label,
                      const std::string& message) const {
        Position at = locate(document, range, options_.column_unit).start;
        std::string where = fmt::format("{}:{}:{}:", single_line(document.path()), at.line, at.column);
        fmt::print(out, "{} {} {}\n", style_.paint(where, Tone::Path), label, message);
    }

    // " 12 | text" then "    | ^~~~": the gutter is as wide on both rows, so TABs align.
    void print_snippet(std::ostream& out, const Document& document, TextRange range, std::size_t gutter_digits,
                       Tone tone) const {
        std::size_t lead_cells = gutter_digits + 4;
        SourceSnippet snippet = render_snippet(document, range, lead_cells);
        // The line as the file numbers it (an HTML page's own line); the text shown is what was read.
        std::size_t line = locate(document, range, options_.column_unit).start.line;
        std::string number = fmt::format("{:>{}} |", line, gutter_digits);
        std::string blank = fmt::format("{:>{}} |", "", gutter_digits);
        std::size_t caret = snippet.underline.find('^');
        fmt::print(out, " {} {}\n", style_.paint(number, Tone::Gutter), snippet.source);
        fmt::print(out, " {} {}{}\n", style_.paint(blank, Tone::Gutter), snippet.underline.substr(0, caret),
                   style_.paint(snippet.underline.substr(caret), tone));
    }

    OutputOptions options_;
    TerminalStyle style_;
};

}  // namespace

std::unique_ptr<Formatter> make_human_formatter(const OutputOptions& options) {
    return std::make_unique<HumanFormatter>(options);
}

}  // namespace gklint
