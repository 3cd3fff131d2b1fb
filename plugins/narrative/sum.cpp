// narrative/sum: "N条，其中A条、B条" — every part ≤ N; the parts add up to N when
// they partition it. See docs/rules/narrative/sum.md.
#include <cmath>
#include <string>
#include <vector>

#include "common.h"
#include "rules.h"

namespace narrative {
namespace {

constexpr const char* kNum = "([0-9０-９]+(?:\\.[0-9]+)?)";
constexpr const char* kUnit = "(人次|万元|条|件|项|个|篇|次|元|份|期|家|场|起)";

struct Part {
    ByteRange range;  // number and unit, normalised text
    double value;
};

// Words after which the numbers compare with something else (上年, 增长…), or
// another total starts: the parts end there.
bool ends_parts(std::string_view between) {
    return contains_any(between, {"较", "同比", "环比", "比上", "增长", "增加", "减少", "下降", "上升", "累计", "另",
                                  "此外", "其中", "共", "总计", "合计", "占"});
}

// Wording under which the parts need not add up: they are examples or overlap.
bool partial_wording(std::string_view scope) {
    return contains_any(scope, {"包括", "包含", "主要", "涉及", "重点", "含", "例如", "如：", "诸如", "以上", "近", "约", "超过", "不少于", "至少"});
}

void check_total(const Report& r, const RegexMatch& m) {
    const Context& ctx = r.ctx;
    ByteRange total_range{m.groups[1]->begin, m.groups[2]->end};
    auto total = parse_number(r.text(*m.groups[1]));
    if (!total) return;
    std::string unit(r.text(*m.groups[2]));
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
    if (r.norm.find("其中") == std::string_view::npos) return;  // no total to check: skip the costly search
    static const Utf8Regex total_re(std::string(kNum) + "\\s*" + kUnit + "\\s*[，,：:]?\\s*[（(]?\\s*其中\\s*[，,：:]?");
    for (const auto& m : total_re.find_all(r.norm)) {
        if (r.in_table(m.whole.begin)) continue;
        // "300余条，其中…": an approximate total cannot be checked.
        check_total(r, m);
    }
}

}  // namespace narrative
