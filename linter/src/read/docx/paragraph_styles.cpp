#include "read/docx/paragraph_styles.h"

#include "read/docx/xml_part.h"

namespace gklint::docx {

NumberingProperties numbering_properties(pugi::xml_node paragraph_properties) {
    NumberingProperties result;
    pugi::xml_node num_pr = paragraph_properties.child("w:numPr");
    if (auto id = num_pr.child("w:numId").attribute("w:val")) result.num_id = id.as_llong();
    if (auto level = num_pr.child("w:ilvl").attribute("w:val")) result.level = level.as_llong();
    return result;
}

ParagraphStyles::ParagraphStyles(pugi::xml_node styles_root) {
    for (pugi::xml_node style : styles_root.children("w:style")) {
        // Numbering styles too: w:numStyleLink names one to find its list.
        std::string_view type = style.attribute("w:type").as_string("paragraph");
        if (type != "paragraph" && type != "numbering") continue;
        std::string id = style.attribute("w:styleId").as_string();
        if (style.attribute("w:default").as_bool()) default_style_ = id;
        Style& entry = styles_[id];
        entry.based_on = child_val(style, "w:basedOn");
        entry.numbering = numbering_properties(style.child("w:pPr"));
    }
}

NumberingProperties ParagraphStyles::numbering_of(std::string_view style_id) const {
    NumberingProperties result;
    std::string_view id = style_id.empty() ? std::string_view(default_style_) : style_id;
    // The hop limit ends w:basedOn cycles.
    for (int hops = 0; hops < 32 && !(result.num_id && result.level); ++hops) {
        auto it = styles_.find(id);
        if (it == styles_.end()) break;
        if (!result.num_id) result.num_id = it->second.numbering.num_id;
        if (!result.level) result.level = it->second.numbering.level;
        id = it->second.based_on;
    }
    return result;
}

}  // namespace gklint::docx
