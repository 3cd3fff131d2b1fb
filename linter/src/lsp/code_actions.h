#pragma once
// textDocument/codeAction: each diagnostic's fix under the requested range as a
// quick fix (a WorkspaceEdit). Safe fixes are preferred (isPreferred), unsafe
// ones are plain suggestions.
#include <string>

#include <nlohmann/json.hpp>

#include "core/language.h"
#include "lsp/lsp_diagnostics.h"

namespace gklint::lsp {

struct CodeActionRequest {
    std::string uri;
    LspRange range;
    bool quickfix_wanted = true;  // false when context.only excludes "quickfix"
};

nlohmann::json code_actions(const LintResult& result, const CodeActionRequest& request, PositionEncoding encoding,
                            const DiagnosticStyle& style, Language language);

}  // namespace gklint::lsp
