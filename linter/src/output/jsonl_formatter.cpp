// JSON Lines: one object per diagnostic, printed as soon as its file is linted, with the
// fields of the `json` format's diagnostics plus the file's path. Nothing for clean files.
#include <ostream>

#include "output/diagnostic_json.h"
#include "output/formatters.h"

namespace gklint {
namespace {

class JsonLinesFormatter : public Formatter {
public:
    explicit JsonLinesFormatter(const OutputOptions& options) : options_(options) {}

    void file(std::ostream& out, const FileResult& result) override {
        for (const auto& d : result.diagnostics) {
            OrderedJson line{{"path", result.document.path()}};
            line.update(diagnostic_json(result.document, d, options_.column_unit, options_.language));
            out << dump_json(line) << '\n';
        }
    }

private:
    OutputOptions options_;
};

}  // namespace

std::unique_ptr<Formatter> make_jsonl_formatter(const OutputOptions& options) {
    return std::make_unique<JsonLinesFormatter>(options);
}

}  // namespace gklint
