#include "read/docx/comment_directives.h"

#include "read/docx/xml_part.h"
#include "read/suppression_directive.h"

namespace gklint::docx {

std::map<std::string, std::vector<std::string>> disable_comments(pugi::xml_node root) {
    std::map<std::string, std::vector<std::string>> result;
    for (pugi::xml_node comment : root.children("w:comment")) {
        std::string text;
        for (pugi::xml_node p : comment.children("w:p")) {
            if (!text.empty()) text += ' ';
            for (pugi::xml_node t = p.first_child(); t; t = next_in_subtree(t, p))
                if (is(t, "w:t")) text += t.text().get();
        }
        auto directive = parse_suppression_directive(text);
        if (directive && directive->kind == DirectiveKind::Disable)
            result[comment.attribute("w:id").as_string()] = directive->rules;
    }
    return result;
}

}  // namespace gklint::docx
