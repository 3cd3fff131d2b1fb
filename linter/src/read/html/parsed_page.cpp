#include "read/html/parsed_page.h"

#include <new>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "read/html/dom.h"
#include "text/decoder.h"

namespace gklint {
namespace {

constexpr std::size_t kMaxNesting = 1000;

}  // namespace

ParsedPage::ParsedPage(std::string_view utf8) : options_(kGumboDefaultOptions) {
    options_.max_errors = 16;  // the errors are not used; a broken page would fill memory with them
    output_ = gumbo_parse_with_options(&options_, utf8.data(), utf8.size());
    if (!output_) throw std::bad_alloc();
}

ParsedPage::~ParsedPage() { gumbo_destroy_output(&options_, output_); }

const GumboNode* ParsedPage::body() const {
    const GumboVector& children = root()->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (is_element(child, GUMBO_TAG_BODY)) return child;
    }
    return root();
}

}  // namespace gklint

namespace gklint {

void ParsedPage::check_nesting() const {
    std::vector<std::pair<const GumboNode*, std::size_t>> stack{{root(), 1}};
    while (!stack.empty()) {
        auto [node, depth] = stack.back();
        stack.pop_back();
        if (depth > kMaxNesting)
            throw InputError(fmt::format("elements nested more than {} deep", kMaxNesting), node->v.element.start_pos.offset);
        const GumboVector& children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            auto* child = static_cast<const GumboNode*>(children.data[i]);
            if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE) stack.emplace_back(child, depth + 1);
        }
    }
}

}  // namespace gklint
