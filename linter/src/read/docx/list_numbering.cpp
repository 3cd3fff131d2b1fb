#include "read/docx/list_numbering.h"

#include <algorithm>

#include "read/docx/number_format.h"
#include "read/docx/xml_part.h"

namespace gklint::docx {
namespace {

// Counters stay small: start values come from the file.
constexpr long kMaxCounter = 1'000'000;
constexpr std::size_t kMaxLevelText = 255;

long clamp_counter(long long value) { return static_cast<long>(std::clamp<long long>(value, 0, kMaxCounter)); }

bool ends_with_punctuation(std::string_view label) {
    for (std::string_view mark : {"、", ".", "．", "）", ")", "：", ":"})
        if (label.size() >= mark.size() && label.substr(label.size() - mark.size()) == mark) return true;
    return false;
}

std::optional<std::size_t> level_index(pugi::xml_node node) {
    long long level = node.attribute("w:ilvl").as_llong(-1);
    if (level < 0 || level >= 9) return std::nullopt;
    return static_cast<std::size_t>(level);
}

}  // namespace

ListNumbering::Level ListNumbering::parse_level(pugi::xml_node lvl) {
    Level level;
    if (auto start = lvl.child("w:start").attribute("w:val")) level.start = clamp_counter(start.as_llong());
    if (auto format = lvl.child("w:numFmt").attribute("w:val")) level.format = format.as_string();
    level.text = child_val(lvl, "w:lvlText");
    // Every numbered paragraph repeats it: a long one would multiply the text (Word allows 255).
    if (level.text.size() > kMaxLevelText) level.text.clear();
    if (auto restart = lvl.child("w:lvlRestart").attribute("w:val")) level.restart = restart.as_llong();
    if (pugi::xml_node legal = lvl.child("w:isLgl")) level.legal = legal.attribute("w:val").as_bool(true);
    if (auto suffix = lvl.child("w:suff").attribute("w:val")) level.suffix = suffix.as_string();
    level.style = child_val(lvl, "w:pStyle");
    return level;
}

ListNumbering::ListNumbering(pugi::xml_node root, const ParagraphStyles& styles) {
    for (pugi::xml_node node : root.children("w:abstractNum")) {
        AbstractList& list = abstracts_[node.attribute("w:abstractNumId").as_llong(-1)];
        list.num_style_link = child_val(node, "w:numStyleLink");
        for (pugi::xml_node lvl : node.children("w:lvl"))
            if (auto index = level_index(lvl)) list.levels[*index] = parse_level(lvl);
    }
    for (pugi::xml_node node : root.children("w:num")) {
        Instance& instance = instances_[node.attribute("w:numId").as_llong(-1)];
        instance.abstract_id = node.child("w:abstractNumId").attribute("w:val").as_llong(-1);
        for (pugi::xml_node over : node.children("w:lvlOverride")) {
            auto index = level_index(over);
            if (!index) continue;
            if (auto start = over.child("w:startOverride").attribute("w:val"))
                instance.start_overrides[*index] = clamp_counter(start.as_llong());
            if (pugi::xml_node lvl = over.child("w:lvl")) instance.level_overrides[*index] = parse_level(lvl);
        }
    }
    for (auto& [id, instance] : instances_) instance.abstract_id = resolve_style_links(instance.abstract_id, styles);
}

// An abstract list with w:numStyleLink takes its levels from the list its numbering style names.
long ListNumbering::resolve_style_links(long abstract_id, const ParagraphStyles& styles) const {
    for (int hops = 0; hops < 8; ++hops) {
        auto list = abstracts_.find(abstract_id);
        if (list == abstracts_.end() || list->second.num_style_link.empty()) break;
        auto num_id = styles.numbering_of(list->second.num_style_link).num_id;
        auto instance = num_id ? instances_.find(*num_id) : instances_.end();
        if (instance == instances_.end()) break;
        abstract_id = instance->second.abstract_id;
    }
    return abstract_id;
}

ListNumbering::Levels ListNumbering::levels_of(const Instance& instance) const {
    auto list = abstracts_.find(instance.abstract_id);
    Levels levels = list == abstracts_.end() ? Levels{} : list->second.levels;
    for (const auto& [index, level] : instance.level_overrides) levels[index] = level;
    for (const auto& [index, start] : instance.start_overrides) levels[index].start = start;
    return levels;
}

std::string ListNumbering::render(const Levels& levels, const Counters& counters, std::size_t level) const {
    const Level& own = levels[level];
    std::string label;
    const std::string& text = own.text;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%' || i + 1 >= text.size() || text[i + 1] < '1' || text[i + 1] > '9') {
            label += text[i];
            continue;
        }
        std::size_t shown = static_cast<std::size_t>(text[++i] - '1');
        long value = counters.started[shown] ? counters.value[shown] : levels[shown].start;
        label += format_list_number(value, own.legal ? "decimal" : std::string_view(levels[shown].format));
    }
    return label;
}

std::string ListNumbering::next_label(long num_id, std::optional<long> stated_level, std::string_view style_id) {
    auto found = instances_.find(num_id);
    if (num_id == 0 || found == instances_.end()) return "";
    const Instance& instance = found->second;
    Levels levels = levels_of(instance);

    long wanted = 0;
    if (stated_level) {
        wanted = *stated_level;
    } else if (!style_id.empty()) {
        for (std::size_t i = 0; i < kLevels; ++i)
            if (levels[i].style == style_id) wanted = static_cast<long>(i);
    }
    if (wanted < 0 || wanted >= static_cast<long>(kLevels)) return "";
    auto level = static_cast<std::size_t>(wanted);

    bool restarted = !instance.level_overrides.empty() || !instance.start_overrides.empty();
    Counters& counters =
        counters_[(restarted ? "n" : "a") + std::to_string(restarted ? num_id : instance.abstract_id)];
    counters.value[level] = counters.started[level] ? std::min(counters.value[level] + 1, kMaxCounter) : levels[level].start;
    counters.started[level] = true;
    // A deeper level starts again after a shallower one, unless its w:lvlRestart (a 1-based
    // level, 0 = never) says otherwise.
    for (std::size_t deeper = level + 1; deeper < kLevels; ++deeper)
        if (static_cast<long>(level) < levels[deeper].restart.value_or(static_cast<long>(deeper)))
            counters.started[deeper] = false;

    if (levels[level].format == "bullet") return "";
    std::string label = render(levels, counters, level);
    if (label.empty() || levels[level].suffix == "nothing" || ends_with_punctuation(label)) return label;
    return label + " ";
}

}  // namespace gklint::docx
