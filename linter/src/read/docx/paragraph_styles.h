#pragma once
// The list numbering paragraph (and numbering) styles carry (word/styles.xml), following w:basedOn.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace gklint::docx {

// A w:numPr: list instance (w:numId) and level (w:ilvl), each possibly unstated.
struct NumberingProperties {
    std::optional<long> num_id, level;
};

// The w:numPr of a w:pPr (nothing stated when there is none).
NumberingProperties numbering_properties(pugi::xml_node paragraph_properties);

class ParagraphStyles {
public:
    ParagraphStyles() = default;
    explicit ParagraphStyles(pugi::xml_node styles_root);

    // The numbering of style `style_id`: its own w:numPr, each half inherited through
    // w:basedOn when unstated. Empty `style_id` means the default paragraph style.
    NumberingProperties numbering_of(std::string_view style_id) const;

private:
    struct Style {
        std::string based_on;
        NumberingProperties numbering;
    };
    std::map<std::string, Style, std::less<>> styles_;
    std::string default_style_;
};

}  // namespace gklint::docx
