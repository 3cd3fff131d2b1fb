#pragma once
// Parsing one XML part of a .docx, and the element names of WordprocessingML.
#include <memory>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace gklint::docx {

// Parses `xml` (the unpacked part `part_name`). Document type declarations are skipped, never
// processed: entities they declare are not expanded (a billion-laughs part stays small).
// Throws InputError naming the part and the offset pugixml stopped at when it is not XML.
std::unique_ptr<pugi::xml_document> parse_part(const std::string& xml, std::string_view part_name);

// Elements are matched by their qualified name: Word, LibreOffice and WPS all write the
// WordprocessingML namespace with the prefix "w:".
inline bool is(pugi::xml_node node, std::string_view qualified_name) { return qualified_name == node.name(); }

// The w:val attribute of a child element ("" when absent).
inline std::string_view child_val(pugi::xml_node node, const char* child) {
    return node.child(child).attribute("w:val").as_string();
}

// The node after `node` in document order within `root`'s subtree (null at its end): walks
// a subtree without recursion, however deep the file nests it.
inline pugi::xml_node next_in_subtree(pugi::xml_node node, pugi::xml_node root) {
    if (node.first_child()) return node.first_child();
    for (; node && node != root; node = node.parent())
        if (node.next_sibling()) return node.next_sibling();
    return {};
}

}  // namespace gklint::docx
