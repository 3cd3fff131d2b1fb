#include "read/suppression_directive.h"

namespace gklint {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
    return s;
}

}  // namespace

std::optional<SuppressionDirective> parse_suppression_directive(std::string_view comment) {
    comment = trim(comment);
    SuppressionDirective d;
    std::string_view rest;
    constexpr std::string_view kNext = "gklint-disable-next-line", kDisable = "gklint-disable";
    if (comment.substr(0, kNext.size()) == kNext) {
        d.kind = DirectiveKind::DisableNextLine;
        rest = comment.substr(kNext.size());
    } else if (comment.substr(0, kDisable.size()) == kDisable) {
        rest = comment.substr(kDisable.size());
    } else {
        return std::nullopt;
    }
    if (!rest.empty() && !is_blank(rest.front())) return std::nullopt;  // "gklint-disabled"
    std::string current;
    for (char c : rest) {
        if (is_blank(c) || c == ',') {
            if (!current.empty()) d.rules.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) d.rules.push_back(std::move(current));
    return d;
}

}  // namespace gklint
