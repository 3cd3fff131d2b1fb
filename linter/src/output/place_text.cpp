#include "output/place_text.h"

#include <fmt/format.h>

namespace gklint {

std::string place_text(const Place& place, Language language) {
    bool en = language == Language::En;
    std::string out;
    auto add = [&](const std::string& part) {
        if (!out.empty()) out += en ? ", " : "，";
        out += part;
    };
    if (place.page) add(en ? fmt::format("page {}, line {}", place.page, place.page_line)
                           : fmt::format("第{}页第{}行", place.page, place.page_line));
    if (place.paragraph) add(en ? fmt::format("paragraph {}", place.paragraph) : fmt::format("第{}段", place.paragraph));
    if (place.table)
        add(en ? fmt::format("table {}, row {}, column {}", place.table, place.row, place.column)
               : fmt::format("表格{}第{}行第{}列", place.table, place.row, place.column));
    return out;
}

OrderedJson place_json(const Place& place, Language language) {
    if (place.empty()) return nullptr;
    OrderedJson out = OrderedJson::object();
    if (place.page) {
        out["page"] = place.page;
        out["pageLine"] = place.page_line;
    }
    if (place.paragraph) out["paragraph"] = place.paragraph;
    if (place.table) {
        out["table"] = place.table;
        out["row"] = place.row;
        out["column"] = place.column;
    }
    out["text"] = place_text(place, language);
    return out;
}

}  // namespace gklint
