#pragma once
// Text that an XML 1.0 document may hold: the XML formats (checkstyle, junit) pass every
// message and path through it; pugixml then escapes markup characters.
#include <string>
#include <string_view>

namespace gklint {

// Invalid UTF-8 and code points XML 1.0 forbids (C0 controls but TAB, LF and CR;
// U+FFFE, U+FFFF) become U+FFFD.
std::string xml_text(std::string_view text);

}  // namespace gklint
