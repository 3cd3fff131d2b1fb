// structure/part-count: "本报告由…N个部分组成" / "共分N部分" in the intro against the
// sections the report has. See docs/rules/structure/part-count.md.
#include <algorithm>
#include <string>

#include "outline.h"
#include "rules.h"

namespace structure {
namespace {

struct Stated {
    int count = 0;
    gklint_range range{};  // document range of the numeral
};

// The model reads the count in the intro ("由…N个部分组成", "共分6个部分", "全文包括…等六部分").
Stated stated_parts(const Context& ctx) {
    Stated out;
    auto info = ctx.report_info();
    if (info.part_count > 0) {
        out.count = info.part_count;
        out.range = info.part_count_range;
    }
    return out;
}

}  // namespace

void check_part_count(Context& ctx) {
    Outline o(ctx);
    Stated stated = stated_parts(ctx);
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
