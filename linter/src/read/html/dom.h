#pragma once
// Questions about gumbo's parse tree: which elements are shown, which end lines,
// what their attributes say.
#include <gumbo.h>

#include <cstddef>
#include <string_view>

namespace gklint {

bool is_element(const GumboNode* node, GumboTag tag);
std::string_view attribute(const GumboNode* element, const char* name);

// Not shown by a browser, or not part of a document's text (scripts, forms,
// `hidden`, display:none); comments are not elements and are not covered here.
bool is_hidden_element(const GumboNode* element);
// Starts and ends a line of text (a paragraph, a heading, a list item, <br>, …).
bool is_block_element(const GumboNode* element);
bool is_table_cell(const GumboNode* node);

// Byte offset of the element's start tag in the parsed buffer, or `fallback` for an
// element the parser made up (implied <tbody>, closing tags it inserted).
std::size_t start_offset(const GumboNode* element, std::size_t fallback);
std::size_t end_offset(const GumboNode* element, std::size_t fallback);

// Rows of a table (those of its <thead>, <tbody>, <tfoot> and its own), in order,
// each with its row group (the section, or the table); cells of a row.
template <typename Visit>
void for_each_row(const GumboNode* table, Visit&& visit) {
    const GumboVector& children = table->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT || is_hidden_element(child)) continue;
        if (is_element(child, GUMBO_TAG_TR)) {
            visit(child, table);
        } else if (is_element(child, GUMBO_TAG_THEAD) || is_element(child, GUMBO_TAG_TBODY) ||
                   is_element(child, GUMBO_TAG_TFOOT)) {
            const GumboVector& rows = child->v.element.children;
            for (unsigned r = 0; r < rows.length; ++r) {
                auto* row = static_cast<const GumboNode*>(rows.data[r]);
                if (is_element(row, GUMBO_TAG_TR) && !is_hidden_element(row)) visit(row, child);
            }
        }
    }
}

template <typename Visit>
void for_each_cell(const GumboNode* row, Visit&& visit) {
    const GumboVector& children = row->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        auto* cell = static_cast<const GumboNode*>(children.data[i]);
        if (is_table_cell(cell) && !is_hidden_element(cell)) visit(cell);
    }
}

}  // namespace gklint
