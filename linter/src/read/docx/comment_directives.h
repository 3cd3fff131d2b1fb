#pragma once
// Word comments (word/comments.xml) that are gklint directives.
#include <map>
#include <string>
#include <vector>

#include <pugixml.hpp>

namespace gklint::docx {

// Comment id (w:id) -> the rules of each comment reading "gklint-disable RULE[, RULE…]"
// (an empty list: every rule). Other comments are left out.
std::map<std::string, std::vector<std::string>> disable_comments(pugi::xml_node comments_root);

}  // namespace gklint::docx
