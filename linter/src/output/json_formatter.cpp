// One JSON document per run (schema: docs/schemas/gklint-output-v1.schema.json).
#include <ostream>

#include "output/diagnostic_json.h"
#include "output/formatters.h"

namespace gklint {
namespace {

constexpr int kSchemaVersion = 1;

class JsonFormatter : public Formatter {
public:
    explicit JsonFormatter(const OutputOptions& options) : options_(options) {}

    void file(std::ostream&, const FileResult& result) override {
        OrderedJson diagnostics = OrderedJson::array();
        for (const auto& d : result.diagnostics)
            diagnostics.push_back(diagnostic_json(result.document, d, options_.column_unit, options_.language));
        files_.push_back(OrderedJson{{"path", result.document.path()},
                                     {"encoding", result.document.encoding()},
                                     {"diagnostics", std::move(diagnostics)}});
    }

    void end(std::ostream& out, const RunSummary& summary) override {
        OrderedJson document{
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
        files_ = OrderedJson::array();
        // Plugin messages are not trusted to be valid UTF-8: replace bad bytes instead of throwing.
        out << dump_json(document, 2) << '\n';
    }

private:
    OutputOptions options_;
    OrderedJson files_ = OrderedJson::array();
};

}  // namespace

std::unique_ptr<Formatter> make_json_formatter(const OutputOptions& options) {
    return std::make_unique<JsonFormatter>(options);
}

}  // namespace gklint
