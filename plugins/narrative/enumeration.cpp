// narrative/enumeration-count: "以下四方面" followed by a different number of items, by
// items whose numbering does not start at 一 (the first item lost), or items with one
// missing in between ("一是…二是…四是…") or numbered twice ("三是…三是…").
// See docs/rules/narrative/enumeration-count.md.
#include <string>

#include "common.h"
#include "rules.h"

namespace narrative {

void check_enumeration_count(Context& ctx) {
    std::string_view text = ctx.text();
    auto written = [&](gklint_range r) { return std::string(text.substr(r.begin, r.end - r.begin)); };
    for (const auto& e : ctx.enumerations()) {
        for (std::size_t k = 1; k < e.items.size(); ++k) {
            const auto& before = e.items[k - 1];
            const auto& item = e.items[k];
            if (item.number == before.number + 1 || item.number < before.number) continue;
            std::string mine = written(item.marker), theirs = written(before.marker);
            std::string missing = chinese_numeral(before.number + 1) + "是";
            bool en = ctx.english();
            std::string message =
                item.number == before.number
                    ? (en ? "“" + mine + "” repeats the item before; it should be “" + missing + "”"
                          : "“" + mine + "”重复：前一项也是“" + theirs + "”，应为“" + missing + "”")
                    : (en ? "“" + mine + "” follows “" + theirs + "”: “" + missing + "” is missing"
                          : "“" + theirs + "”之后为“" + mine + "”，缺少“" + missing + "”");
            ctx.report(item.marker, message).note(before.marker, ctx.tr("前一项", "the item before"));
        }
        if (e.info.announced <= 0 || e.items.empty()) continue;
        auto count = static_cast<int>(e.items.size());
        const auto& first = e.items.front();
        const auto& last = e.items.back();
        if (count == e.info.announced && first.number == 1) continue;
        std::string announcement = written(e.info.announcement);
        if (count == e.info.announced) {
            // The count agrees, but the numbering starts past 一: "以下两方面：二是…三是…".
            std::string marker = written(first.marker);
            ctx.report(e.info.announcement,
                       ctx.english() ? "“" + announcement + "” is followed by items numbered from “" + marker +
                                           "”; the numbering must start at the first item"
                                     : "“" + announcement + "”之后的各项从“" + marker + "”开始编号，缺少前面的项或编号有误")
                .note(first.marker, ctx.tr("第一项", "the first item"));
            continue;
        }
        std::string marker = written(last.marker);
        std::string missing;
        if (first.number > 1)
            missing = ctx.english() ? "; numbering starts at “" + written(first.marker) + "”"
                                    : "，编号从“" + written(first.marker) + "”开始";
        auto d = ctx.report(e.info.announcement,
                            ctx.english() ? "“" + announcement + "” announces " + std::to_string(e.info.announced) +
                                                " items, but " + std::to_string(count) + " follow (the last is “" +
                                                marker + "”" + missing + ")"
                                          : "“" + announcement + "”宣布" + std::to_string(e.info.announced) +
                                                "项，实际列出" + std::to_string(count) + "项（最后一项为“" + marker +
                                                "”" + missing + "）");
        if (first.number > 1) d.note(first.marker, ctx.tr("第一项", "the first item"));
        d.note(last.marker, ctx.tr("最后一项", "the last item"));
    }
}

}  // namespace narrative
