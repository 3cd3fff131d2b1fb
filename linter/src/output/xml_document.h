#pragma once
// What the XML formats share: a document with a UTF-8 declaration, attributes set from
// untrusted text, and the way it is printed.
#include <iosfwd>
#include <string_view>

#include <pugixml.hpp>

namespace gklint {

// An empty document holding <?xml version="1.0" encoding="UTF-8"?>.
void start_xml(pugi::xml_document& document);

// Sets attribute `name` to `value` made safe by xml_text.
void set_text_attribute(pugi::xml_node node, const char* name, std::string_view value);
void set_count_attribute(pugi::xml_node node, const char* name, std::size_t value);

// Indented by two spaces. Attributes lose line breaks (pass messages through single_line);
// element text keeps them.
void print_xml(std::ostream& out, const pugi::xml_document& document);

}  // namespace gklint
