#pragma once
// Where the documentation of gklint and of each rule is, for formats that link to it
// (SARIF informationUri/helpUri, reviewdog source.url/code.url). By default the
// installed pages (file:// URIs of share/gklint/docs, only pages that exist); with a
// `docs-url` setting or --docs-url, a web copy of the same docs/ folder.
#include <optional>
#include <string>
#include <string_view>

namespace gklint {

class DocLinks {
public:
    DocLinks() = default;  // no links at all
    static DocLinks installed(std::string docs_dir);
    static DocLinks web(std::string base_url);

    // The documentation's top: docs/README.md, the index of the pages.
    std::optional<std::string> home() const;
    // docs/rules/<rule-id>.md; nullopt when installed and the rule has no page (a third-party rule).
    std::optional<std::string> rule_page(std::string_view rule_id) const;

private:
    std::optional<std::string> page(const std::string& relative) const;
    std::string docs_dir_;
    std::string base_url_;
};

}  // namespace gklint
