// structure/heading-text: a level-1 heading written differently from the format's
// ("六、其他需报告的事项", "五、政府信息公开工作存在的主要问题及改进情况", "六、其他需要报告的事项：无").
// See docs/rules/structure/heading-text.md.
#include <string>
#include <vector>

#include "outline.h"
#include "text_distance.h"
#include "rules.h"

namespace structure {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Markdown emphasis and end punctuation a heading may carry without saying anything.
std::string_view trim_decoration(std::string_view s) {
    for (bool changed = true; changed && !s.empty();) {
        changed = false;
        for (std::string_view d : {"*", "_", "#", "：", ":", "。", "."}) {
            if (s.size() >= d.size() && s.compare(s.size() - d.size(), d.size(), d) == 0) {
                s.remove_suffix(d.size());
                changed = true;
            }
            if (starts_with(s, d) && (d == "*" || d == "_")) {
                s.remove_prefix(d.size());
                changed = true;
            }
        }
    }
    return s;
}

struct Written {
    bool found = false;
    std::size_t numeral_end = 0;  // normalised offsets
    std::size_t title_begin = 0;
    std::size_t title_end = 0;
    std::size_t heading_end = 0;
    std::string_view separator;   // 、 . ．
    bool part_ordinal = false;    // "第一部分 总体情况"
};

// The parts of a heading in the normalised text.
Written parse(const Outline& o, const gklint_section_info& s) {
    Written w;
    std::string_view text = gklint::plugin::view(s.heading_text);
    std::string_view title = gklint::plugin::view(s.heading_title);
    std::size_t begin = o.norm_offset(s.heading.begin);
    if (text.empty() || title.empty() || o.norm.compare(begin, text.size(), text) != 0) return w;
    std::size_t t = text.find(title);
    if (t == std::string_view::npos || t == 0) return w;
    std::size_t p = 0;
    while (p < t && chinese_value(text.substr(0, p + 3)) > 0 && p + 3 <= t) p += 3;
    w.numeral_end = begin + p;
    std::string_view between = text.substr(p, t - p);
    std::string sep = compact(between);
    w.part_ordinal = p == 0 && starts_with(sep, "第") && sep.find("部分") != std::string::npos;
    w.separator = sep == "、" ? "、" : sep == "." ? "." : sep == "．" ? "．" : sep == "，" ? "，" : sep == "," ? "," : "";
    w.title_begin = begin + t;
    w.title_end = begin + t + title.size();
    w.heading_end = begin + text.size();
    w.found = true;
    return w;
}

// The heading starts its line (only blanks or Markdown marks before it). In web text
// the headings run on after other text, and text after a heading is the section's.
bool starts_line(std::string_view text, std::size_t at) {
    while (at > 0 && text[at - 1] != '\n') {
        std::size_t b = at - 1;
        while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
        std::size_t len = 0;
        if (!is_blank_char(text, b, &len) && text[b] != '#' && text[b] != '*' && text[b] != '>') return false;
        at = b;
    }
    return true;
}

bool accepted(const std::string& title, const OfficialSection& s, const std::vector<std::string>& extra) {
    if (title == s.title) return true;
    for (const auto& a : extra)
        if (compact(a) == title) return true;
    return false;
}

// The official heading is certainly what was meant: the title written holds it or is
// held by it ("政府信息公开工作存在的主要问题及改进情况"), or differs in under half its
// characters ("其他需报告的事项"). A heading standing in a part's place with a title of
// its own ("四、其他情况说明") gets the official heading as a suggestion only.
bool meant_as(const std::string& title, const OfficialSection& want) {
    std::string_view official = want.title;
    if (title.empty()) return true;
    if (title.find(official) != std::string::npos || official.find(title) != std::string_view::npos) return true;
    auto a = plugin_common::to_u32(title), b = plugin_common::to_u32(official);
    return 2 * static_cast<std::size_t>(plugin_common::edit_distance(a, b)) < b.size();
}

bool has_pinyin_or_traditional(const Outline& o, gklint_range doc_range, std::string_view norm_heading) {
    std::string_view written = o.ctx.text().substr(doc_range.begin, doc_range.end - doc_range.begin);
    return written != norm_heading;
}

}  // namespace

void check_heading_text(Context& ctx) {
    Outline o(ctx);
    const auto& official = official_sections();
    std::vector<std::string> extra = ctx.option_list("accept");
    for (std::size_t i = 0; i < o.sections.size() && i < official.size(); ++i) {
        const auto& s = o.sections[i];
        if (!s.present) continue;
        Written w = parse(o, s);
        if (!w.found) continue;
        const OfficialSection& want = official[i];
        std::string title = compact(o.norm.substr(w.title_begin, w.title_end - w.title_begin));
        std::string rest(trim_decoration(compact(o.norm.substr(w.title_end, w.heading_end - w.title_end))));
        bool own_line = starts_line(ctx.text(), s.heading.begin);
        // A title the model matched short of its end leaves the rest of the official
        // title here: it is part of the title, not content.
        if (!rest.empty() && !accepted(title, want, extra) &&
            (accepted(title + rest, want, extra) || std::string_view(want.title).find(rest) != std::string_view::npos)) {
            title += rest;
            w.title_end = w.heading_end;
            rest.clear();
        }
        if (!own_line) rest.clear();
        bool title_ok = accepted(title, want, extra);
        bool number_ok = s.heading_number == s.number;
        bool separator_ok = w.separator == "、";
        if (title_ok && number_ok && separator_ok && rest.empty()) continue;

        std::size_t head_begin = o.norm_offset(s.heading.begin);
        std::string norm_heading(o.norm.substr(head_begin, w.heading_end - head_begin));
        std::string as_written = compact(norm_heading);
        std::string wanted = official_heading(want);
        std::vector<std::string> problems;
        if (!number_ok)
            problems.push_back(ctx.english() ? "numbered " + chinese_numeral(s.heading_number) + " instead of " + want.numeral
                                             : "序号应为“" + std::string(want.numeral) + "”");
        if (w.part_ordinal)
            problems.push_back(ctx.english() ? "numbered “" + std::string(want.numeral) + "、”, not as a part (“第…部分”)"
                                             : "序号应为“" + std::string(want.numeral) + "、”，而不是“第…部分”");
        else if (!separator_ok)
            problems.push_back(ctx.english() ? "the numeral should be followed by 、" : "序号后应为顿号“、”");
        if (!title_ok) problems.push_back(ctx.english() ? "the title differs" : "标题文字不同");
        // Content written into the heading ("：无"): moved out by the fix only when a
        // colon clearly separates it.
        std::string_view after_title = o.norm.substr(w.title_end, w.heading_end - w.title_end);
        std::size_t lead = 0, len = 0;
        while (is_blank_char(after_title, lead, &len)) lead += len;
        bool colon = starts_with(after_title.substr(lead), "：") || starts_with(after_title.substr(lead), ":");
        if (!rest.empty()) {
            std::string_view content = rest;
            for (std::string_view c : {"：", ":"})
                if (starts_with(content, c)) content.remove_prefix(c.size());
            std::string shown(content.empty() ? std::string_view(rest) : content);
            problems.push_back(ctx.english() ? "the heading also holds the text “" + shown + "”, which belongs below it"
                                             : "标题中含有正文内容“" + shown + "”，应另起一段");
        }
        std::string joined;
        for (std::size_t k = 0; k < problems.size(); ++k) joined += (k ? (ctx.english() ? "; " : "；") : "") + problems[k];
        std::string message = ctx.english()
                                  ? "heading “" + as_written + "” differs from the format's “" + wanted + "”: " + joined
                                  : "标题“" + as_written + "”与格式规定的“" + wanted + "”不一致：" + joined;
        auto d = ctx.report(s.heading, message);
        // The fix writes the official heading; only where the document is written as
        // normalised (no Traditional script, no pinyin in the heading).
        if (has_pinyin_or_traditional(o, s.heading, norm_heading)) continue;
        bool certain = meant_as(title, want);
        if (rest.empty()) {
            d.fix(o.doc(head_begin, w.title_end), wanted, certain);
        } else if (colon) {
            std::size_t content = w.title_end + lead + (starts_with(after_title.substr(lead), "：") ? 3 : 1);
            std::size_t cl = 0;
            while (is_blank_char(o.norm, content, &cl) && content < w.heading_end) content += cl;
            if (content < w.heading_end)
                d.fix(o.doc(head_begin, content), wanted + "\n", certain);
        }
    }
}

}  // namespace structure
