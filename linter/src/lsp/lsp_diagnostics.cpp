#include "lsp/lsp_diagnostics.h"

#include <filesystem>

#include "lsp/protocol.h"
#include "core/file_uri.h"

namespace gklint::lsp {
namespace {

using nlohmann::json;

int lsp_severity(Severity severity) {
    switch (severity) {
        case Severity::Error: return 1;
        case Severity::Warning: return 2;
        case Severity::Info: return 3;
    }
    return 3;
}

std::optional<std::string> doc_page(const std::string& docs_dir, const std::string& rule_id) {
    if (docs_dir.empty()) return std::nullopt;
    std::error_code ec;
    std::filesystem::path page = std::filesystem::path(docs_dir) / "rules" / (rule_id + ".md");
    if (!std::filesystem::is_regular_file(page, ec)) return std::nullopt;
    return path_to_uri(std::filesystem::weakly_canonical(page, ec).string());
}

}  // namespace

ResultPositions::ResultPositions(const LintResult& result, PositionEncoding encoding)
    : result_(result), mapper_(result.text, encoding) {}

LspRange ResultPositions::range(TextRange range) const {
    auto original = [&](std::size_t offset) {
        return result_.document ? result_.document->original_offset(offset) : offset;
    };
    return LspRange{mapper_.position(original(range.begin)), mapper_.position(original(std::max(range.begin, range.end)))};
}

json to_lsp_diagnostic(const Diagnostic& diagnostic, const ResultPositions& positions, const std::string& uri,
                       const DiagnosticStyle& style) {
    json out{{"range", to_json(positions.range(diagnostic.range))},
             {"severity", lsp_severity(diagnostic.severity)},
             {"code", diagnostic.rule_id},
             {"source", "gklint"},
             {"message", diagnostic.message}};
    if (auto page = doc_page(style.docs_dir, diagnostic.rule_id)) out["codeDescription"] = {{"href", *page}};
    if (!diagnostic.notes.empty()) {
        if (style.related_information) {
            json related = json::array();
            for (const auto& note : diagnostic.notes)
                related.push_back({{"location", {{"uri", uri}, {"range", to_json(positions.range(note.range))}}},
                                   {"message", note.message}});
            out["relatedInformation"] = std::move(related);
        } else {
            std::string message = diagnostic.message;
            for (const auto& note : diagnostic.notes) {
                LspRange at = positions.range(note.range);
                message += "\n" + std::to_string(at.start.line + 1) + ":" + std::to_string(at.start.character + 1) +
                           ": " + note.message;
            }
            out["message"] = std::move(message);
        }
    }
    return out;
}

json to_lsp_diagnostics(const LintResult& result, const std::string& uri, PositionEncoding encoding,
                        const DiagnosticStyle& style) {
    json out = json::array();
    ResultPositions positions(result, encoding);
    if (result.error) {
        out.push_back({{"range", to_json(LspRange{})}, {"severity", 1}, {"source", "gklint"}, {"message", *result.error}});
        return out;
    }
    for (const auto& diagnostic : result.diagnostics) out.push_back(to_lsp_diagnostic(diagnostic, positions, uri, style));
    return out;
}

}  // namespace gklint::lsp
