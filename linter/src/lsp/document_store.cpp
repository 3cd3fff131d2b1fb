#include "lsp/document_store.h"

#include <algorithm>

namespace gklint::lsp {

void apply_change(std::string& text, const ContentChange& change, PositionEncoding encoding) {
    if (!change.range) {
        text = change.text;
        return;
    }
    PositionMapper mapper(text, encoding);
    std::size_t begin = mapper.offset(change.range->start);
    std::size_t end = std::max(begin, mapper.offset(change.range->end));
    text.replace(begin, end - begin, change.text);
}

void DocumentStore::open(const std::string& uri, std::string text, long long version) {
    documents_[uri] = TextDocument{uri, std::move(text), version};
}

bool DocumentStore::change(const std::string& uri, long long version, const std::vector<ContentChange>& changes,
                           PositionEncoding encoding) {
    auto it = documents_.find(uri);
    if (it == documents_.end()) return false;
    for (const auto& change : changes) apply_change(it->second.text, change, encoding);
    it->second.version = version;
    return true;
}

bool DocumentStore::replace(const std::string& uri, std::string text) {
    auto it = documents_.find(uri);
    if (it == documents_.end()) return false;
    it->second.text = std::move(text);
    return true;
}

void DocumentStore::close(const std::string& uri) { documents_.erase(uri); }

const TextDocument* DocumentStore::find(const std::string& uri) const {
    auto it = documents_.find(uri);
    return it == documents_.end() ? nullptr : &it->second;
}

std::vector<std::string> DocumentStore::uris() const {
    std::vector<std::string> out;
    for (const auto& [uri, document] : documents_) out.push_back(uri);
    return out;
}

}  // namespace gklint::lsp
