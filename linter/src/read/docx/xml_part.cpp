#include "read/docx/xml_part.h"

#include <fmt/format.h>

#include "text/decoder.h"

namespace gklint::docx {

std::unique_ptr<pugi::xml_document> parse_part(const std::string& xml, std::string_view part_name) {
    auto document = std::make_unique<pugi::xml_document>();
    // pugixml never expands entities a DTD declares; the DOCTYPE is kept as a node only to
    // refuse it. parse_ws_pcdata_single keeps <w:t xml:space="preserve"> </w:t>.
    constexpr unsigned flags = pugi::parse_default | pugi::parse_ws_pcdata_single | pugi::parse_doctype;
    pugi::xml_parse_result parsed = document->load_buffer(xml.data(), xml.size(), flags, pugi::encoding_auto);
    if (!parsed)
        throw InputError(fmt::format("corrupt .docx: {} is not well-formed XML ({} at offset {} of the part)",
                                     part_name, parsed.description(), parsed.offset),
                         0);
    for (pugi::xml_node node : document->children())
        if (node.type() == pugi::node_doctype)
            throw InputError(fmt::format("refusing the .docx: {} declares a DTD (<!DOCTYPE …>), which Word never "
                                         "writes (entity expansion attack?)",
                                         part_name),
                             0);
    return document;
}

}  // namespace gklint::docx
