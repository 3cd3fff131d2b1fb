#include "packs/token_matcher.h"

#include <stdexcept>

#include "core/rule.h"
#include "model/analysis.h"

namespace gklint {
namespace {

IcuRegex compile(const YamlFile& file, const YAML::Node& where, const std::string& pattern, bool ignore_case) {
    try {
        return IcuRegex(pattern, ignore_case);
    } catch (const std::invalid_argument& e) {
        file.fail(where, "pattern '" + pattern + "': " + e.what());
    }
}

// Each token compiled alone, so that a bad one is named in the error rather than
// the combined alternation.
std::vector<int> token_group_counts(const YamlFile& file, const YAML::Node& where,
                                    const std::vector<std::string>& tokens, bool ignore_case) {
    if (tokens.empty()) file.fail(where, "needs at least one token");
    std::vector<int> counts;
    for (const auto& t : tokens) counts.push_back(compile(file, where, t, ignore_case).group_count());
    return counts;
}

std::string join_tokens(const std::vector<std::string>& tokens) {
    std::string out;
    for (const auto& t : tokens) {
        if (!out.empty()) out += '|';
        out += '(' + t + ')';
    }
    return out;
}

}  // namespace

TemplateValues template_values(const TokenMatch& match) {
    TemplateValues values{{"match", std::string(match.groups[0])}, {"written", std::string(match.written)}};
    for (std::size_t i = 1; i < match.groups.size(); ++i) values[std::to_string(i)] = std::string(match.groups[i]);
    return values;
}

TokenMatcher TokenMatcher::from_rule(const YamlFile& file, const YAML::Node& rule, const YAML::Node& where,
                                     const std::vector<std::string>& tokens) {
    bool ignore_case = rule["ignorecase"] && file.boolean(rule["ignorecase"], "ignorecase");
    std::vector<std::string> exceptions;
    if (rule["exceptions"]) exceptions = file.string_list(rule["exceptions"], "exceptions");
    return TokenMatcher(file, where, tokens, exceptions, ignore_case);
}

TokenMatcher::TokenMatcher(const YamlFile& file, const YAML::Node& where,
                           const std::vector<std::string>& tokens,
                           const std::vector<std::string>& exceptions, bool ignore_case)
    : token_group_count_(token_group_counts(file, where, tokens, ignore_case)),
      combined_(compile(file, where, join_tokens(tokens), ignore_case)) {
    int group = 1;
    for (int inner : token_group_count_) {
        token_group_.push_back(group);
        group += inner + 1;
    }
    for (const auto& e : exceptions) exceptions_.push_back(compile(file, where, e, ignore_case));
}

void TokenMatcher::for_each(std::string_view text, const std::function<void(const TokenMatch&)>& visit) const {
    combined_.for_each_match(text, [&](const RegexMatch& m) {
        if (m.begin == m.end) return;
        std::string_view matched = text.substr(m.begin, m.end - m.begin);
        for (const auto& e : exceptions_)
            if (e.matches_whole(matched)) return;
        TokenMatch out{m.begin, m.end, 0, {matched}, matched};
        for (std::size_t t = 0; t < token_group_.size(); ++t) {
            auto g = static_cast<std::size_t>(token_group_[t]);
            if (m.groups[g].first == std::string_view::npos) continue;
            out.token = t;
            for (int i = 1; i <= token_group_count_[t]; ++i) {
                auto [b, e] = m.groups[g + static_cast<std::size_t>(i)];
                out.groups.push_back(b == std::string_view::npos ? std::string_view{} : text.substr(b, e - b));
            }
            break;
        }
        visit(out);
    });
}

}  // namespace gklint

namespace gklint {

void TokenMatcher::for_each(const CheckContext& ctx, bool normalized,
                            const std::function<void(const TokenMatch&)>& visit) const {
    std::string_view document = ctx.document.text();
    if (!normalized) return for_each(document, visit);
    const NormalizedText& view = ctx.analysis.normalized();
    for_each(view.text, [&](const TokenMatch& m) {
        TextRange r = view.map.to_source(TextRange{m.begin, m.end});
        if (r.end > document.size() || r.begin >= r.end) return;
        TokenMatch out = m;
        out.begin = r.begin;
        out.end = r.end;
        out.written = document.substr(r.begin, r.end - r.begin);
        visit(out);
    });
}

}  // namespace gklint
