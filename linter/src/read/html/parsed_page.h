#pragma once
// A page parsed by gumbo; owns the parse tree.
#include <gumbo.h>

#include <string_view>

namespace gklint {

class ParsedPage {
public:
    // `utf8` must outlive the page: the tree points into it.
    explicit ParsedPage(std::string_view utf8);
    ~ParsedPage();
    ParsedPage(const ParsedPage&) = delete;
    ParsedPage& operator=(const ParsedPage&) = delete;

    const GumboNode* root() const { return output_->root; }
    // The <body> element (gumbo always makes one).
    const GumboNode* body() const;
    // Throws InputError for elements nested deeper than any real page nests them
    // (the tree is then walked recursively without fear for the stack).
    void check_nesting() const;

private:
    GumboOptions options_;
    GumboOutput* output_;
};

}  // namespace gklint
