#pragma once
// The words of an inline suppression comment.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gklint {

enum class DirectiveKind { DisableNextLine, Disable };

struct SuppressionDirective {
    DirectiveKind kind = DirectiveKind::Disable;
    std::vector<std::string> rules;  // empty: every rule
};

// "gklint-disable-next-line table/identity, text/artifact" or "gklint-disable RULE …"
// (white space around it ignored); nullopt when the comment is something else.
std::optional<SuppressionDirective> parse_suppression_directive(std::string_view comment);

}  // namespace gklint
