#include "output/xml_document.h"

#include <ostream>
#include <string>

#include "output/xml_text.h"

namespace gklint {

void start_xml(pugi::xml_document& document) {
    document.reset();
    pugi::xml_node declaration = document.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
}

void set_text_attribute(pugi::xml_node node, const char* name, std::string_view value) {
    std::string text = xml_text(value);
    node.append_attribute(name) = text.c_str();
}

void set_count_attribute(pugi::xml_node node, const char* name, std::size_t value) {
    node.append_attribute(name) = static_cast<unsigned long long>(value);
}

void print_xml(std::ostream& out, const pugi::xml_document& document) {
    document.save(out, "  ", pugi::format_indent | pugi::format_skip_control_chars, pugi::encoding_utf8);
}

}  // namespace gklint
