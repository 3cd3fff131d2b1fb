// Reviewdog Diagnostic Format (github.com/reviewdog/reviewdog, proto/rdf/reviewdog.proto):
// `rdjson` is one DiagnosticResult per run, `rdjsonl` one Diagnostic per line. Columns are
// always 1-based UTF-8 byte counts with exclusive ends, as the format requires, whatever
// --column-unit says.
#include <ostream>

#include "output/diagnostic_json.h"
#include "output/formatters.h"
#include "output/doc_links.h"
#include "output/source_span.h"

namespace gklint {
namespace {

std::string_view rd_severity(Severity severity) {
    switch (severity) {
        case Severity::Error: return "ERROR";
        case Severity::Warning: return "WARNING";
        case Severity::Info: return "INFO";
    }
    return "UNKNOWN_SEVERITY";
}

OrderedJson rd_source(const DocLinks& links) {
    OrderedJson source{{"name", "gklint"}};
    if (auto home = links.home()) source["url"] = *home;
    return source;
}

OrderedJson rd_range(const Document& document, TextRange range) {
    SourceSpan span = locate(document, range, ColumnUnit::Byte);
    return OrderedJson{{"start", {{"line", span.start.line}, {"column", span.start.column}}},
                       {"end", {{"line", span.end.line}, {"column", span.end.column}}}};
}

OrderedJson rd_location(const Document& document, TextRange range) {
    return OrderedJson{{"path", document.path()}, {"range", rd_range(document, range)}};
}

// `with_source`: rdjsonl lines stand alone, so each names its source.
OrderedJson rd_diagnostic(const Document& document, const Diagnostic& d, const DocLinks& links, bool with_source) {
    OrderedJson out{{"message", d.message},
                    {"location", rd_location(document, d.range)},
                    {"severity", rd_severity(d.severity)}};
    if (with_source) out["source"] = rd_source(links);
    OrderedJson code{{"value", d.rule_id}};
    if (auto page = links.rule_page(d.rule_id)) code["url"] = *page;
    out["code"] = std::move(code);
    if (d.fix)
        out["suggestions"] = OrderedJson::array(
            {OrderedJson{{"range", rd_range(document, d.fix->range)}, {"text", d.fix->replacement}}});
    if (!d.notes.empty()) {
        OrderedJson related = OrderedJson::array();
        for (const auto& note : d.notes)
            related.push_back(OrderedJson{{"message", note.message}, {"location", rd_location(document, note.range)}});
        out["related_locations"] = std::move(related);
    }
    return out;
}

class RdJsonFormatter : public Formatter {
public:
    explicit RdJsonFormatter(DocLinks links) : links_(std::move(links)) {}

    void file(std::ostream&, const FileResult& result) override {
        for (const auto& d : result.diagnostics) diagnostics_.push_back(rd_diagnostic(result.document, d, links_, false));
    }

    void end(std::ostream& out, const RunSummary&) override {
        OrderedJson document{{"source", rd_source(links_)}, {"diagnostics", std::move(diagnostics_)}};
        diagnostics_ = OrderedJson::array();
        out << dump_json(document, 2) << '\n';
    }

private:
    DocLinks links_;
    OrderedJson diagnostics_ = OrderedJson::array();
};

class RdJsonLinesFormatter : public Formatter {
public:
    explicit RdJsonLinesFormatter(DocLinks links) : links_(std::move(links)) {}

    void file(std::ostream& out, const FileResult& result) override {
        for (const auto& d : result.diagnostics)
            out << dump_json(rd_diagnostic(result.document, d, links_, true)) << '\n';
    }

private:
    DocLinks links_;
};

}  // namespace

std::unique_ptr<Formatter> make_rdjson_formatter(const OutputOptions& options) {
    return std::make_unique<RdJsonFormatter>(options.doc_links);
}

std::unique_ptr<Formatter> make_rdjsonl_formatter(const OutputOptions& options) {
    return std::make_unique<RdJsonLinesFormatter>(options.doc_links);
}

}  // namespace gklint
