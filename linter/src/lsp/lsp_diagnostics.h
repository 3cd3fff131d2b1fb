#pragma once
// gklint diagnostics as LSP Diagnostic objects: range in the negotiated
// encoding, severity, code = rule id, codeDescription = the rule's doc page,
// source "gklint", notes as relatedInformation.
#include <string>

#include <nlohmann/json.hpp>

#include "core/diagnostic.h"
#include "lsp/position_encoding.h"
#include "lsp/workspace_linter.h"

namespace gklint::lsp {

struct DiagnosticStyle {
    std::string docs_dir;              // <docs>/rules/<id>.md is a rule's page
    bool related_information = true;   // the client shows relatedInformation; else notes join the message
};

// Maps ranges of a lint result's decoded text to LSP ranges in the client's text.
class ResultPositions {
public:
    ResultPositions(const LintResult& result, PositionEncoding encoding);
    LspRange range(TextRange range) const;

private:
    const LintResult& result_;
    PositionMapper mapper_;
};

nlohmann::json to_lsp_diagnostic(const Diagnostic& diagnostic, const ResultPositions& positions, const std::string& uri,
                                 const DiagnosticStyle& style);

// Every diagnostic of `result` (or the one error saying why it could not be linted).
nlohmann::json to_lsp_diagnostics(const LintResult& result, const std::string& uri, PositionEncoding encoding,
                                  const DiagnosticStyle& style);

}  // namespace gklint::lsp
