#include "read/html/dom.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace gklint {

bool is_element(const GumboNode* node, GumboTag tag) {
    return node && node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

std::string_view attribute(const GumboNode* element, const char* name) {
    if (!element || element->type != GUMBO_NODE_ELEMENT) return {};
    const GumboAttribute* a = gumbo_get_attribute(&element->v.element.attributes, name);
    return a && a->value ? std::string_view(a->value) : std::string_view{};
}

namespace {

bool styled_display_none(std::string_view style) {
    std::string compact;
    for (char c : style)
        if (!std::isspace(static_cast<unsigned char>(c))) compact += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return compact.find("display:none") != std::string::npos;
}

}  // namespace

bool is_hidden_element(const GumboNode* element) {
    switch (element->v.element.tag) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON:
        case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA:
            return true;
        default: break;
    }
    if (gumbo_get_attribute(&element->v.element.attributes, "hidden")) return true;
    return styled_display_none(attribute(element, "style"));
}

bool is_block_element(const GumboNode* element) {
    switch (element->v.element.tag) {
        case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
        case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
        case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TABLE:
        case GUMBO_TAG_TR: case GUMBO_TAG_CAPTION: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_ASIDE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV:
        case GUMBO_TAG_MAIN: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_BR:
        case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_CENTER: case GUMBO_TAG_BODY:
        case GUMBO_TAG_HTML: case GUMBO_TAG_LEGEND: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
            return true;
        default: return false;
    }
}

bool is_table_cell(const GumboNode* node) { return is_element(node, GUMBO_TAG_TD) || is_element(node, GUMBO_TAG_TH); }

std::size_t start_offset(const GumboNode* element, std::size_t fallback) {
    return element->v.element.original_tag.length > 0 ? element->v.element.start_pos.offset : fallback;
}

std::size_t end_offset(const GumboNode* element, std::size_t fallback) {
    return element->v.element.original_end_tag.length > 0 ? element->v.element.end_pos.offset : fallback;
}

}  // namespace gklint
