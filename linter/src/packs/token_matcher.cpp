#include "packs/token_matcher.h"

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include "core/rule.h"
#include "packs/pattern_prefilter.h"
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
// the alternation of all.
std::vector<IcuRegex> compile_tokens(const YamlFile& file, const YAML::Node& where,
                                     const std::vector<std::string>& tokens, bool ignore_case) {
    if (tokens.empty()) file.fail(where, "needs at least one token");
    std::vector<IcuRegex> out;
    for (const auto& t : tokens) out.push_back(compile(file, where, t, ignore_case));
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
    : tokens_(compile_tokens(file, where, tokens, ignore_case)) {
    for (const auto& t : tokens_) at_group_.push_back(t.group_number("at"));
    for (const auto& t : tokens) prefilter_ids_.push_back(PatternPrefilter::global().add(t, ignore_case));
    for (const auto& e : exceptions) exceptions_.push_back(compile(file, where, e, ignore_case));
}

void TokenMatcher::for_each(std::string_view text, const std::function<void(const TokenMatch&)>& visit) const {
    for_each_in(text, nullptr, visit);
}

void TokenMatcher::for_each_in(std::string_view text, const PatternPrefilter::Hits* hits,
                               const std::function<void(const TokenMatch&)>& visit) const {
    std::vector<bool> run(tokens_.size(), true);
    std::vector<const std::vector<SearchWindow>*> windows(tokens_.size(), nullptr);
    if (hits)
        for (std::size_t i = 0; i < tokens_.size(); ++i)
            if (prefilter_ids_[i]) {
                run[i] = hits->may_match(*prefilter_ids_[i]);
                windows[i] = hits->windows(*prefilter_ids_[i]);
            }
    const bool verify = hits && PatternPrefilter::global().mode() == PatternPrefilter::Mode::Verify;
    if (verify)
        for (std::size_t i = 0; i < tokens_.size(); ++i)
            if (windows[i]) verify_windows(tokens_[i], text, *windows[i]);
    IcuRegex::for_each_match_of_any(tokens_, text, [&](std::size_t token, const RegexMatch& whole) {
        if (verify && !run[token]) {
            std::fprintf(stderr, "gklint: internal error: the pattern scan ruled out '%s', which matches at byte %zu\n",
                         tokens_[token].source().c_str(), whole.begin);
            std::abort();
        }
        // A group named `at` narrows what is reported: the context around it only has to match.
        RegexMatch m = whole;
        if (int at = at_group_[token]; at > 0) {
            auto [b, e] = whole.groups[static_cast<std::size_t>(at)];
            if (b == std::string_view::npos) return;
            m.begin = b;
            m.end = e;
        }
        if (m.begin == m.end) return;
        std::string_view matched = text.substr(m.begin, m.end - m.begin);
        for (const auto& e : exceptions_)
            if (e.matches_whole(matched)) return;
        TokenMatch out{m.begin, m.end, token, {matched}, matched};
        for (std::size_t g = 1; g < m.groups.size(); ++g) {
            auto [b, e] = m.groups[g];
            out.groups.push_back(b == std::string_view::npos ? std::string_view{} : text.substr(b, e - b));
        }
        visit(out);
    }, verify ? nullptr : &run, verify ? nullptr : &windows);
}

}  // namespace gklint

namespace gklint {

void TokenMatcher::for_each(const CheckContext& ctx, bool normalized,
                            const std::function<void(const TokenMatch&)>& visit) const {
    std::string_view document = ctx.document.text();
    auto scan = [&](std::string_view text, const char* key) {
        return ctx.analysis.shared<PatternPrefilter::Hits>(
            key, [&] { return PatternPrefilter::global().scan(text); });
    };
    if (!normalized) return for_each_in(document, scan(document, "pattern-scan:document").get(), visit);
    const NormalizedText& view = ctx.analysis.normalized();
    for_each_in(view.text(), scan(view.text(), "pattern-scan:normalized").get(), [&](const TokenMatch& m) {
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
