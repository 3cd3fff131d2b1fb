#pragma once
// The matching part shared by token-based kinds: a list of ICU patterns matched as
// their alternation, with exceptions, reporting which token matched.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "packs/icu_regex.h"
#include "packs/message_template.h"
#include "packs/pattern_prefilter.h"
#include "yaml/yaml_util.h"

namespace gklint {

struct TokenMatch {
    std::size_t begin, end;
    std::size_t token;  // index into the token list
    std::vector<std::string_view> groups;  // the token's own capture groups, 1-based ([0] = match)
    std::string_view written;  // the document's text of [begin, end) (differs from groups[0] on the normalised view)
};

// {match}, {written} and {1}…{N} for message and replacement templates.
TemplateValues template_values(const TokenMatch& match);

struct CheckContext;

class TokenMatcher {
public:
    // Reads the shared keys `ignorecase` and `exceptions` of a rule definition.
    static TokenMatcher from_rule(const YamlFile& file, const YAML::Node& rule, const YAML::Node& where,
                                  const std::vector<std::string>& tokens);

    // Throws LocatedError (at `where`) for an invalid pattern.
    TokenMatcher(const YamlFile& file, const YAML::Node& where, const std::vector<std::string>& tokens,
                 const std::vector<std::string>& exceptions, bool ignore_case);

    void for_each(std::string_view text, const std::function<void(const TokenMatch&)>& visit) const;

    // Over the document, or with `normalized` (the kinds' key of that name) over its
    // normalised view — Traditional → Simplified, pinyin annotations removed — with
    // begin/end mapped back to the document (groups stay in the normalised text).
    void for_each(const CheckContext& ctx, bool normalized,
                  const std::function<void(const TokenMatch&)>& visit) const;

private:
    // `hits`: the pattern scan of `text`; tokens it rules out are not searched.
    void for_each_in(std::string_view text, const PatternPrefilter::Hits* hits,
                     const std::function<void(const TokenMatch&)>& visit) const;

    std::vector<IcuRegex> tokens_;
    std::vector<int> at_group_;  // per token: the group named `at`, reported instead of the whole match; 0: none
    std::vector<IcuRegex> exceptions_;
    std::vector<std::optional<std::size_t>> prefilter_ids_;  // per token: its id in the pattern scan
};

}  // namespace gklint
