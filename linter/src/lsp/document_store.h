#pragma once
// The texts of the documents the client has open, kept up to date from
// didOpen / didChange (incremental range edits and full-text replacements) / didClose.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lsp/position_encoding.h"

namespace gklint::lsp {

struct TextDocument {
    std::string uri;
    std::string text;  // UTF-8, as the client sent it
    long long version = 0;
};

struct ContentChange {
    std::optional<LspRange> range;  // none: `text` replaces the whole document
    std::string text;
};

// Applies one change to `text`; positions are read in `encoding` and clamped to the text.
void apply_change(std::string& text, const ContentChange& change, PositionEncoding encoding);

class DocumentStore {
public:
    void open(const std::string& uri, std::string text, long long version);
    // Applies the changes in order. False when the document is not open.
    bool change(const std::string& uri, long long version, const std::vector<ContentChange>& changes,
                PositionEncoding encoding);
    // Replaces the text (didSave with includeText). False when the document is not open.
    bool replace(const std::string& uri, std::string text);
    void close(const std::string& uri);

    const TextDocument* find(const std::string& uri) const;
    std::vector<std::string> uris() const;

private:
    std::map<std::string, TextDocument> documents_;
};

}  // namespace gklint::lsp
