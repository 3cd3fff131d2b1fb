// structure/part-count: "本报告由…N个部分组成" / "共分N部分" in the intro against the
// sections the report has. See docs/rules/structure/part-count.md.
#include <algorithm>
#include <string>

#include "numbers.h"
#include "outline.h"
#include "rules.h"
#include "utf8_regex.h"

namespace structure {
namespace {

using plugin_common::Utf8Regex;

struct Stated {
    int count = 0;
    gklint_range range{};  // document range of the numeral
};

int number_value(std::string_view s) {
    auto v = plugin_common::parse_number(s);
    return v && *v >= 1 && *v < 1000 ? static_cast<int>(*v) : 0;
}

// The model reads "由…N个部分组成"; reports also write "共分6个部分", "全文包括…等六部分",
// "分为六个部分": looked for in the intro, before the first section heading.
Stated stated_parts(const Outline& o) {
    Stated out;
    auto info = o.ctx.report_info();
    if (info.part_count > 0) {
        out.count = info.part_count;
        out.range = info.part_count_range;
        return out;
    }
    std::size_t limit = o.norm.size() < 4000 ? o.norm.size() : 4000;
    if (!o.placed.empty()) limit = std::min(limit, o.norm_offset(o.placed.front().heading.begin));
    std::string_view intro = o.norm.substr(0, limit);
    static const Utf8Regex pattern(
        "(?:共分为?|分为|分成|共有|包括|包含|由)[^。；;]{0,160}?([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*个?\\s*部分(?!公开)");
    auto m = pattern.find(intro);
    if (!m || !m->groups[1]) return out;
    auto g = *m->groups[1];
    out.count = number_value(intro.substr(g.begin, g.end - g.begin));
    out.range = o.doc(g.begin, g.end);
    return out;
}

}  // namespace

void check_part_count(Context& ctx) {
    Outline o(ctx);
    Stated stated = stated_parts(o);
    int present = o.present_count();
    if (stated.count <= 0 || present == 0 || stated.count == present) return;
    // The official six with a section missing: structure/missing-section reports the section.
    if (stated.count == static_cast<int>(official_sections().size()) && present < stated.count) return;
    std::string n = std::to_string(stated.count), m = std::to_string(present);
    ctx.report(stated.range, ctx.english()
                                 ? "the intro says the report has " + n + " parts, but it has " + m +
                                       " of the format's six sections"
                                 : "引言称报告由" + n + "个部分组成，但报告实有" + m + "个部分（格式规定为六个部分）")
        .note(o.placed.front().heading, ctx.english() ? "the first part" : "报告的第一部分");
}

}  // namespace structure
