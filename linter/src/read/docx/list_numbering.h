#pragma once
// Word's automatic list numbering (word/numbering.xml): the number each numbered
// paragraph shows, counted in document order.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "read/docx/paragraph_styles.h"

namespace gklint::docx {

class ListNumbering {
public:
    ListNumbering() = default;
    ListNumbering(pugi::xml_node numbering_root, const ParagraphStyles& styles);

    // The label of the next paragraph of list instance `num_id` at `level` ("一、", "（一）",
    // "1. "), with the space its w:suff asks for; "" for bullets, unknown lists and numId 0.
    // An unstated level is the one linked to `style_id` (w:lvl/w:pStyle), else 0.
    std::string next_label(long num_id, std::optional<long> level, std::string_view style_id);

private:
    static constexpr std::size_t kLevels = 9;
    struct Level {
        long start = 1;
        std::string format = "decimal";
        std::string text;                // w:lvlText: "%1、", "（%1）", "%1.%2"
        std::optional<long> restart;     // w:lvlRestart
        bool legal = false;              // w:isLgl: every level's number in decimal
        std::string suffix = "tab";      // w:suff
        std::string style;               // w:pStyle
    };
    using Levels = std::array<Level, kLevels>;
    struct AbstractList {
        Levels levels;
        std::string num_style_link;
    };
    struct Instance {
        long abstract_id = -1;
        std::map<std::size_t, Level> level_overrides;
        std::map<std::size_t, long> start_overrides;
    };
    struct Counters {
        std::array<long, kLevels> value{};
        std::array<bool, kLevels> started{};
    };

    static Level parse_level(pugi::xml_node lvl);
    long resolve_style_links(long abstract_id, const ParagraphStyles& styles) const;
    Levels levels_of(const Instance& instance) const;
    std::string render(const Levels& levels, const Counters& counters, std::size_t level) const;

    std::map<long, AbstractList> abstracts_;
    std::map<long, Instance> instances_;
    // Instances of one abstract list share its counters unless they restart it (w:lvlOverride).
    std::map<std::string, Counters> counters_;
};

}  // namespace gklint::docx
