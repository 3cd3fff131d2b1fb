// structure/missing-section, structure/section-order, structure/empty-section: the six
// level-1 sections of the format are there, in order, and 二/三/四 hold their tables.
// See docs/rules/structure/.
#include <string>

#include "outline.h"
#include "rules.h"

namespace structure {
namespace {

// The last non-blank line before a document offset (where a section missing at the
// end of the report should have been): the text before the 落款, or the end.
gklint_range end_of_text_before(const Outline& o, std::size_t doc_offset) {
    std::size_t line = o.line_of(doc_offset);
    gklint_range here = o.ctx.line_range(line);
    if (here.begin < doc_offset) {
        // The offset lies inside this line (one-line web text): the text before it.
        gklint_range t = o.trimmed_line(line);
        if (t.begin < doc_offset) return {t.begin, std::min(t.end, doc_offset)};
    }
    while (line > 0) {
        --line;
        gklint_range t = o.trimmed_line(line);
        if (t.end > t.begin) return t;
    }
    return o.trimmed_line(0);
}

}  // namespace

void check_missing_section(Context& ctx) {
    Outline o(ctx);
    if (!o.whole_report()) return;
    const auto& official = official_sections();
    auto info = ctx.report_info();
    for (std::size_t i = 0; i < official.size() && i < o.sections.size(); ++i) {
        if (o.find(i)) continue;
        // Its neighbours in the format: the closest sections before and after that are there.
        const Placed* before = nullptr;
        const Placed* after = nullptr;
        for (std::size_t k = i; k-- > 0;)
            if ((before = o.find(k))) break;
        for (std::size_t k = i + 1; k < official.size(); ++k)
            if ((after = o.find(k))) break;
        std::string name = section_name(ctx, official[i]);
        if (after) {
            std::string where = before ? ctx.english() ? ", expected between " + section_name(ctx, official[before->index]) +
                                                             " and this heading"
                                                       : "，应在“" + official_heading(official[before->index]) + "”与本标题之间"
                                       : ctx.english() ? ", expected before this heading" : "，应在本标题之前";
            auto d = ctx.report(after->heading, ctx.english() ? "the report has no " + name + where
                                                              : "报告缺少" + name + where);
            if (before)
                d.note(before->heading, ctx.english() ? "the part before it in the format" : "格式中位于其前的部分");
            continue;
        }
        // Missing at the end: where the text of the last section ends, before the 落款.
        std::size_t limit = ctx.text().size();
        if (info.signature_agency_range.end > info.signature_agency_range.begin &&
            (!before || info.signature_agency_range.begin > before->heading.end))
            limit = info.signature_agency_range.begin;
        gklint_range at = end_of_text_before(o, limit);
        if (before && at.end <= before->heading.begin) at = before->heading;
        auto d = ctx.report(at, ctx.english() ? "the report has no " + name + ", expected after this text"
                                              : "报告缺少" + name + "，应在此处之后");
        if (before) d.note(before->heading, ctx.english() ? "the last part there is" : "报告最后的部分");
    }
}

void check_section_order(Context& ctx) {
    Outline o(ctx);
    const auto& official = official_sections();
    for (const auto& p : o.placed) {
        if (p.in_order) continue;
        // The sections present in the format before and after it.
        const Placed* follows = nullptr;  // the closest earlier section of the format
        const Placed* precedes = nullptr;
        for (std::size_t k = p.index; k-- > 0;)
            if (const Placed* q = o.find(k); q && q->in_order) {
                follows = q;
                break;
            }
        for (std::size_t k = p.index + 1; k < official.size(); ++k)
            if (const Placed* q = o.find(k); q && q->in_order) {
                precedes = q;
                break;
            }
        std::string name = section_name(ctx, official[p.index]);
        if (follows && p.heading.begin < follows->heading.begin) {
            ctx.report(p.heading, ctx.english() ? name + " stands before " + section_name(ctx, official[follows->index]) +
                                                      "; the format puts it after"
                                                : name + "位于“" + official_heading(official[follows->index]) +
                                                      "”之前，格式规定应在其后")
                .note(follows->heading, ctx.english() ? "it should follow this part" : "应排在此部分之后");
        } else if (precedes && p.heading.begin > precedes->heading.begin) {
            ctx.report(p.heading, ctx.english() ? name + " stands after " + section_name(ctx, official[precedes->index]) +
                                                      "; the format puts it before"
                                                : name + "位于“" + official_heading(official[precedes->index]) +
                                                      "”之后，格式规定应在其前")
                .note(precedes->heading, ctx.english() ? "it should precede this part" : "应排在此部分之前");
        }
    }
}

void check_empty_section(Context& ctx) {
    Outline o(ctx);
    if (!o.whole_report()) return;
    const auto& official = official_sections();
    auto tables = ctx.tables();
    for (std::size_t i = 0; i < o.sections.size() && i < official.size(); ++i) {
        const auto& s = o.sections[i];
        std::string_view key = gklint::plugin::view(s.key);
        if (!s.present || (key != "proactive" && key != "requests" && key != "appeals")) continue;
        bool has_table = false;
        for (const auto& t : tables)
            if (t.key() == key && t.info.present) has_table = true;
        if (has_table) continue;  // a table that starts but breaks off is table/unparsable's
        std::string_view body = ctx.text().substr(s.body.begin, s.body.end - s.body.begin);
        bool blank = compact(body).empty();
        std::string name = section_name(ctx, official[i]);
        ctx.report(s.heading,
                   ctx.english()
                       ? name + (blank ? " is empty" : " has no statistics table") +
                             ": the format requires the table of this part in the text (a table given only as a "
                             "picture or an attachment cannot be read or checked)"
                       : name + (blank ? "内容为空" : "中没有统计表") + "：格式要求本部分以表格列出统计数据（以图片或附件形式提供的表格无法读取和核对）");
    }
}

}  // namespace structure
