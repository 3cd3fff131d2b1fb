// narrative/sum: "N条，其中A条、B条" — every part ≤ N; the parts add up to N when
// they partition it. See docs/rules/narrative/sum.md.
#include <cmath>
#include <string>
#include <vector>

#include "common.h"
#include "rules.h"

namespace narrative {
namespace {

// Arabic (half or full width, decimals) or Chinese numerals ("七十一条").
constexpr const char* kNum = "([0-9０-９]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)";
constexpr const char* kUnit = "(人次|万元|条|件|项|个|篇|次|元|份|期|家|场|起)";

struct Part {
    ByteRange range;  // number and unit, normalised text
    double value;
};

// Words that compare a count with another year's.
const std::initializer_list<std::string_view> kComparison = {"较", "同比", "环比", "比上", "增长",
                                                             "增加", "减少", "下降", "上升"};

// Words after which the numbers compare with something else (上年, 增长…), or
// another total starts: the parts end there.
bool ends_parts(std::string_view between) {
    return contains_any(between, kComparison) ||
           contains_any(between, {"累计", "另", "此外", "其中", "共", "总计", "合计", "占"});
}

// Wording under which the parts need not add up: they are examples or overlap.
bool partial_wording(std::string_view scope) {
    return contains_any(scope, {"包括", "包含", "主要", "涉及", "重点", "含", "例如", "如：", "诸如", "以上", "近", "约", "超过", "不少于", "至少"});
}

// A count compared with another year ("较上年增加12条") is not a total.
bool in_comparison(const Report& r, std::size_t number_begin) {
    return contains_any(r.clause_before({number_begin, number_begin}), kComparison);
}

// The total a breakdown divides: the count right before 其中, or — that count comparing
// with another year ("71条，较上年增加12条，其中…") — the last count of the same unit before it
// in the sentence that does not.
std::optional<ByteRange> total_before(const Report& r, const RegexMatch& m, std::string_view unit) {
    ByteRange sentence = r.sentence_at(m.groups[1]->begin);
    if (!in_comparison(r, m.groups[1]->begin)) return ByteRange{m.groups[1]->begin, m.groups[2]->end};
    static const Utf8Regex count_re(std::string(kNum) + "\\s*" + kUnit);
    std::optional<ByteRange> found;
    for (const auto& c : count_re.find_all(r.norm.substr(sentence.begin, m.groups[1]->begin - sentence.begin))) {
        ByteRange at{sentence.begin + c.groups[1]->begin, sentence.begin + c.groups[2]->end};
        if (r.norm.substr(sentence.begin + c.groups[2]->begin, c.groups[2]->end - c.groups[2]->begin) != unit) continue;
        if (!in_comparison(r, at.begin)) found = at;
    }
    return found;
}

void check_total(const Report& r, const RegexMatch& m) {
    const Context& ctx = r.ctx;
    std::string unit(r.text(*m.groups[2]));
    auto found = total_before(r, m, unit);
    if (!found) return;
    ByteRange total_range = *found;
    std::size_t number_end = total_range.end - unit.size();
    while (number_end > total_range.begin && (r.norm[number_end - 1] == ' ' || r.norm[number_end - 1] == '\t')) --number_end;
    auto total = parse_number(r.text({total_range.begin, number_end}));
    if (!total) return;
    ByteRange sentence = r.sentence_at(m.whole.end);
    std::size_t scope_end = std::max(sentence.end, m.whole.end);
    std::string_view scope = r.norm.substr(m.whole.end, scope_end - m.whole.end);

    static const Utf8Regex part_re(std::string(kNum) + "\\s*(余|多)?" + kUnit);
    std::vector<Part> parts;
    bool approximate = false;
    std::size_t last = 0;  // relative to the scope
    int depth = 0;         // inside （）: a breakdown of one part
    bool closed = false;  // "(其中…)": the closing bracket ends the parts
    for (const auto& p : part_re.find_all(scope)) {
        std::string_view between = scope.substr(last, p.whole.begin - last);
        for (std::size_t i = 0; i < between.size() && !closed; ++i) {
            if (between.compare(i, 3, "（") == 0 || between[i] == '(') ++depth;
            if (between.compare(i, 3, "）") == 0 || between[i] == ')') {
                if (depth == 0) closed = true;
                depth = std::max(0, depth - 1);
            }
        }
        if (closed || (!parts.empty() && ends_parts(between))) break;
        last = p.whole.end;
        if (depth > 0) continue;
        // A percentage or a number glued to a longer number is no part.
        std::size_t after = p.whole.end;
        if (after < scope.size() && (scope[after] == '%' || scope.compare(after, 3, "％") == 0)) continue;
        if (std::string(scope.substr(p.groups[3]->begin, p.groups[3]->end - p.groups[3]->begin)) != unit) continue;
        if (p.groups[2]) approximate = true;
        auto v = parse_number(scope.substr(p.groups[1]->begin, p.groups[1]->end - p.groups[1]->begin));
        if (!v) continue;
        parts.push_back({{m.whole.end + p.whole.begin, m.whole.end + p.whole.end}, *v});
    }
    if (parts.empty()) return;

    gklint_range total_doc = r.doc(total_range);
    std::string total_text = compact(r.text(total_range));
    for (const auto& p : parts) {
        if (p.value <= *total + 1e-9) continue;
        std::string part_text = compact(r.text(p.range));
        ctx.report(r.doc(p.range),
                   ctx.english() ? "part “" + part_text + "” after 其中 exceeds the total “" + total_text + "” it is part of"
                                 : "“其中”所列部分数“" + part_text + "”大于总数“" + total_text + "”")
            .note(total_doc, ctx.tr("总数在此", "the total is here"));
    }

    std::string_view parts_text =
        r.norm.substr(parts.front().range.begin, parts.back().range.end - parts.front().range.begin);
    std::string_view lead = r.norm.substr(m.whole.end, parts.front().range.begin - m.whole.end);
    if (parts.size() < 2 || approximate || partial_wording(lead) || partial_wording(parts_text)) return;
    // "等N条" or "…12条等" closes a list of examples.
    for (const auto& p : parts)
        if (p.range.begin >= 3 && r.norm.compare(p.range.begin - 3, 3, "等") == 0) return;
    if (r.norm.compare(parts.back().range.end, 3, "等") == 0) return;
    double sum = 0;
    std::string terms;
    for (const auto& p : parts) {
        sum += p.value;
        if (!terms.empty()) terms += "+";
        terms += show(p.value);
    }
    double tolerance = unit == "万元" || unit == "元" ? 0.011 : 1e-9;
    if (std::fabs(sum - *total) <= tolerance) return;
    auto d = ctx.report(total_doc, ctx.english()
                                       ? "the parts listed after 其中 add up to " + terms + " = " + show(sum) + unit +
                                             ", not to the total " + total_text
                                       : "“其中”所列各部分之和为" + terms + "=" + show(sum) + unit + "，与总数“" +
                                             total_text + "”不符");
    for (const auto& p : parts) d.note(r.doc(p.range), ctx.tr("部分数", "a part"));
}

}  // namespace

void check_sum(Context& ctx) {
    Report r(ctx);
    if (r.norm.find("其中") == std::string_view::npos && r.norm.find("分别") == std::string_view::npos &&
        r.norm.find("看") == std::string_view::npos && r.norm.find("按") == std::string_view::npos)
        return;  // no total to check: skip the costly search
    // "N条，其中…", "N条(其中…)", "N条。其中，…" (the breakdown in the next sentence), "N条，分别为…".
    // Also "N条。从内容分类看，A条，B条…" and "N件，按申请人类型分：…": a breakdown by a criterion.
    static const Utf8Regex total_re(std::string(kNum) + "\\s*" + kUnit +
                                    "\\s*[，,：:。；;]?\\s*[（(]?\\s*(?:其中|分别为|分别是|从[^，,。；;0-9]{1,8}?看|"
                                    "按[^，,。；;0-9]{1,8}?(?:分类|划分|分))\\s*[，,：:]?");
    for (const auto& m : total_re.find_all(r.norm)) {
        if (r.in_table(m.whole.begin)) continue;
        // "300余条，其中…": an approximate total cannot be checked.
        check_total(r, m);
    }
}

}  // namespace narrative
