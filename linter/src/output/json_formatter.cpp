// One JSON document per run (schema: docs/schemas/gklint-output-v1.schema.json).
#include <ostream>

#include <nlohmann/json.hpp>

#include "output/formatters.h"
#include "output/source_span.h"

namespace gklint {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kSchemaVersion = 1;

Json position_json(const Position& p) {
    return Json{{"line", p.line}, {"column", p.column}, {"offset", p.original_offset}};
}

class JsonFormatter : public Formatter {
public:
    explicit JsonFormatter(const OutputOptions& options) : options_(options) {}

    void file(std::ostream&, const FileResult& result) override {
        Json diagnostics = Json::array();
        for (const auto& d : result.diagnostics) diagnostics.push_back(diagnostic_json(result.document, d));
        files_.push_back(Json{{"path", result.document.path()},
                              {"encoding", result.document.encoding()},
                              {"diagnostics", std::move(diagnostics)}});
    }

    void end(std::ostream& out, const RunSummary& summary) override {
        Json document{
            {"version", kSchemaVersion},
            {"tool", {{"name", "gklint"}, {"version", GKLINT_VERSION}}},
            {"columnUnit", column_unit_name(options_.column_unit)},
            {"files", std::move(files_)},
            {"summary",
             {{"files", summary.files},
              {"errors", summary.errors},
              {"warnings", summary.warnings},
              {"infos", summary.infos},
              {"fixable", summary.fixable}}},
        };
        files_ = Json::array();
        // Plugin messages are not trusted to be valid UTF-8: replace bad bytes instead of throwing.
        out << document.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
    }

private:
    Json range_json(const Document& document, TextRange range) const {
        SourceSpan span = locate(document, range, options_.column_unit);
        return Json{{"start", position_json(span.start)}, {"end", position_json(span.end)}};
    }

    Json diagnostic_json(const Document& document, const Diagnostic& d) const {
        Json notes = Json::array();
        for (const auto& note : d.notes)
            notes.push_back(Json{{"message", note.message}, {"range", range_json(document, note.range)}});
        Json fix = nullptr;
        if (d.fix)
            fix = Json{{"range", range_json(document, d.fix->range)},
                       {"replacement", d.fix->replacement},
                       {"safe", d.fix->safe}};
        return Json{{"ruleId", d.rule_id},
                    {"severity", severity_name(d.severity)},
                    {"message", d.message},
                    {"range", range_json(document, d.range)},
                    {"notes", std::move(notes)},
                    {"fix", std::move(fix)},
                    {"fingerprint", d.fingerprint}};
    }

    OutputOptions options_;
    Json files_ = Json::array();
};

}  // namespace

std::unique_ptr<Formatter> make_json_formatter(const OutputOptions& options) {
    return std::make_unique<JsonFormatter>(options);
}

}  // namespace gklint
