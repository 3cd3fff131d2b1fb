#include "output/doc_links.h"

#include <filesystem>

#include "core/file_uri.h"

namespace gklint {

DocLinks DocLinks::installed(std::string docs_dir) {
    DocLinks links;
    std::error_code ec;
    auto absolute = std::filesystem::weakly_canonical(docs_dir, ec);
    links.docs_dir_ = ec ? std::move(docs_dir) : absolute.string();
    return links;
}

DocLinks DocLinks::web(std::string base_url) {
    DocLinks links;
    while (!base_url.empty() && base_url.back() == '/') base_url.pop_back();
    links.base_url_ = std::move(base_url);
    return links;
}

std::optional<std::string> DocLinks::page(const std::string& relative) const {
    if (!base_url_.empty()) return base_url_ + "/" + relative;
    if (docs_dir_.empty()) return std::nullopt;
    std::filesystem::path file = std::filesystem::path(docs_dir_) / relative;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) return std::nullopt;
    return path_to_uri(file.string());
}

std::optional<std::string> DocLinks::home() const { return page("README.md"); }

std::optional<std::string> DocLinks::rule_page(std::string_view rule_id) const {
    return page("rules/" + std::string(rule_id) + ".md");
}

}  // namespace gklint
