#pragma once
// Reads the body of word/document.xml: one line of text per paragraph (w:p) in document
// order, table cells included; tables as grids; Word comments that disable rules.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "read/docx/list_numbering.h"
#include "read/docx/paragraph_styles.h"
#include "read/read_result.h"

namespace gklint::docx {

struct BodyText {
    std::string text;
    std::vector<TableGrid> tables;  // by where they begin: an outer table before the tables nested in it
    std::vector<InlineSuppression> suppressions;
};

class BodyReader {
public:
    // `directives`: comment id -> rules, from disable_comments().
    BodyReader(const ParagraphStyles& styles, ListNumbering& numbering,
               const std::map<std::string, std::vector<std::string>>& directives);
    BodyText read(pugi::xml_node body);

private:
    struct CommentAnchor {
        std::optional<std::size_t> start, end, reference;
    };

    void visit(pugi::xml_node node, int depth);
    void visit_children(pugi::xml_node node, int depth);
    void paragraph(pugi::xml_node p, int depth);
    void table(pugi::xml_node tbl, int depth);
    template <typename Fn>
    void for_each_wrapped(pugi::xml_node parent, std::string_view name, int depth, Fn&& fn);
    // Both return the grid columns they take.
    std::size_t row(pugi::xml_node tr, GridBuilder& grid, int depth);
    std::size_t cell(pugi::xml_node tc, GridBuilder& grid, int depth);
    void field_char(pugi::xml_node fld_char);
    void mark_comment(pugi::xml_node marker, std::optional<std::size_t> CommentAnchor::*where);
    void emit(std::string_view text);
    void emit_text(std::string_view text);
    std::size_t line_start_of_paragraph(std::size_t index, std::size_t fallback) const;
    std::string numbering_label(pugi::xml_node paragraph_properties);
    void add_suppressions();

    const ParagraphStyles& styles_;
    ListNumbering& numbering_;
    const std::map<std::string, std::vector<std::string>>& directives_;

    BodyText out_;
    std::vector<std::size_t> paragraph_starts_;  // text offset where each paragraph's line begins
    // Open fields (w:fldChar begin … end), innermost last: true while in the field code.
    std::vector<bool> fields_in_code_;
    std::size_t fields_in_code_count_ = 0;  // how many of them are in their code: no text while any is
    std::map<std::string, CommentAnchor> comments_;
};

}  // namespace gklint::docx
