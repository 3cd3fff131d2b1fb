#include "lsp/code_actions.h"

#include <algorithm>

#include "lsp/protocol.h"
#include "fix/byte_edit.h"
#include "output/fix_help.h"

namespace gklint::lsp {

using nlohmann::json;

json code_actions(const LintResult& result, const CodeActionRequest& request, PositionEncoding encoding,
                  const DiagnosticStyle& style, Language language) {
    json actions = json::array();
    if (!request.quickfix_wanted || !result.document) return actions;
    ResultPositions positions(result, encoding);
    for (const auto& diagnostic : result.diagnostics) {
        // A fix is offered only where the file says its text verbatim (not across HTML
        // markup or entities, and not in formats gklint does not write).
        if (!diagnostic.fix || !result.document->original_range(diagnostic.fix->range)) continue;
        LspRange at = positions.range(diagnostic.range);
        LspRange fix_at = positions.range(diagnostic.fix->range);
        if (!ranges_touch(at, request.range) && !ranges_touch(fix_at, request.range)) continue;
        std::string text = result.document->format() == InputFormat::Html ? escape_html_text(diagnostic.fix->replacement)
                                                                           : diagnostic.fix->replacement;
        json edit{{"range", to_json(fix_at)}, {"newText", std::move(text)}};
        json action{{"title", describe_fix(*result.document, diagnostic, language) + " [" + diagnostic.rule_id + "]"},
                    {"kind", "quickfix"},
                    {"diagnostics", json::array({to_lsp_diagnostic(diagnostic, positions, request.uri, style)})},
                    {"edit", {{"changes", {{request.uri, json::array({std::move(edit)})}}}}}};
        if (diagnostic.fix->safe) action["isPreferred"] = true;
        actions.push_back(std::move(action));
    }
    // Preferred (safe) fixes first: editors offer the first action as the default.
    std::stable_sort(actions.begin(), actions.end(),
                     [](const json& a, const json& b) { return a.contains("isPreferred") && !b.contains("isPreferred"); });
    return actions;
}

}  // namespace gklint::lsp
