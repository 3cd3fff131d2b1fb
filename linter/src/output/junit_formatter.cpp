// JUnit XML, for CI test-report views (GitLab, Jenkins, Azure, GitHub test-report actions):
// one <testsuite> per linted file, one failing <testcase> per diagnostic, and one passing
// <testcase> for a file without findings. Columns in --column-unit.
#include <algorithm>
#include <ostream>

#include <fmt/format.h>

#include "output/display_text.h"
#include "output/fix_help.h"
#include "output/formatters.h"
#include "output/source_span.h"
#include "output/xml_document.h"
#include "output/xml_text.h"

namespace gklint {
namespace {

// The failure's body: the gcc-format lines of the diagnostic and its notes, then the fix.
std::string failure_text(const Document& document, const Diagnostic& d, const OutputOptions& options) {
    std::string path = single_line(document.path());
    Position at = locate(document, d.range, options.column_unit).start;
    std::string text = fmt::format("{}:{}:{}: {}: {} [{}]\n", path, at.line, at.column, severity_name(d.severity),
                                   single_line(d.message), d.rule_id);
    for (const auto& note : d.notes) {
        Position note_at = locate(document, note.range, options.column_unit).start;
        text += fmt::format("{}:{}:{}: note: {}\n", path, note_at.line, note_at.column, single_line(note.message));
    }
    if (d.fix) text += "help: " + describe_fix(document, d, options.language) + "\n";
    return text;
}

class JunitFormatter : public Formatter {
public:
    explicit JunitFormatter(const OutputOptions& options) : options_(options) {
        start_xml(document_);
        root_ = document_.append_child("testsuites");
        set_text_attribute(root_, "name", "gklint");
    }

    void file(std::ostream&, const FileResult& result) override {
        const Document& document = result.document;
        pugi::xml_node suite = root_.append_child("testsuite");
        set_text_attribute(suite, "name", document.path());
        std::size_t cases = std::max<std::size_t>(result.diagnostics.size(), 1);
        set_count_attribute(suite, "tests", cases);
        set_count_attribute(suite, "failures", result.diagnostics.size());
        set_count_attribute(suite, "errors", 0);
        set_count_attribute(suite, "skipped", 0);
        tests_ += cases;
        failures_ += result.diagnostics.size();
        if (result.diagnostics.empty()) {
            pugi::xml_node passed = suite.append_child("testcase");
            set_text_attribute(passed, "name", "gklint");
            set_text_attribute(passed, "classname", document.path());
            return;
        }
        for (const auto& d : result.diagnostics) {
            Position at = locate(document, d.range, options_.column_unit).start;
            pugi::xml_node test = suite.append_child("testcase");
            set_text_attribute(test, "name", fmt::format("{} at {}:{}", d.rule_id, at.line, at.column));
            set_text_attribute(test, "classname", document.path());
            pugi::xml_node failure = test.append_child("failure");
            set_text_attribute(failure, "type", severity_name(d.severity));
            set_text_attribute(failure, "message", single_line(d.message));
            failure.append_child(pugi::node_pcdata).set_value(xml_text(failure_text(document, d, options_)).c_str());
        }
    }

    void end(std::ostream& out, const RunSummary&) override {
        set_count_attribute(root_, "tests", tests_);
        set_count_attribute(root_, "failures", failures_);
        set_count_attribute(root_, "errors", 0);
        print_xml(out, document_);
    }

private:
    OutputOptions options_;
    pugi::xml_document document_;
    pugi::xml_node root_;
    std::size_t tests_ = 0;
    std::size_t failures_ = 0;
};

}  // namespace

std::unique_ptr<Formatter> make_junit_formatter(const OutputOptions& options) {
    return std::make_unique<JunitFormatter>(options);
}

}  // namespace gklint
