// narrative/table-mismatch, narrative/contradiction: what the prose says against the
// tables and against itself.
// See docs/rules/narrative/*.md.
#include <algorithm>
#include <cmath>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "cell_binding.h"
#include "rules.h"

namespace narrative {
namespace {

constexpr const char* kCount = "([0-9０-９]+|[零一二两三四五六七八九十]+)";
// Inside one clause: no sentence end, no comma.
constexpr const char* kGap = "[^。；;\\n，,：:0-9０-９“”\"‘’「」]";

std::optional<Cells> cells(const Report& r, std::string_view table_key, std::string_view row,
                           std::initializer_list<std::string_view> columns, const char* zh, const char* en) {
    const Table* t = r.table(table_key);
    if (!t) return std::nullopt;
    Cells out{0, {0, 0}, zh, en};
    bool first = true;
    for (auto column : columns) {
        const gklint_cell_info* c = t->cell("", row, column);
        if (!c || !c->has_value) return std::nullopt;
        out.value += c->value;
        if (first) out.range = c->range;
        else out.several = true;
        first = false;
    }
    return out;
}

struct Binding {
    const char* pattern;        // group 1: the count
    std::vector<const char*> exclude;  // words in the clause that make it about something else
    const char* prose_zh;
    const char* prose_en;
    std::function<std::optional<Cells>(const Report&)> cells;
    std::function<std::optional<Cells>(const Report&)> also_accept;  // another reading of the same words
    bool this_year_only = true;  // skip a sentence about 上年度 / 去年
    // Words before the match, in its clause, that make the count a part of what the
    // tables count: "区政府办代表区政府受理…申请17件", "本级受理…".
    std::vector<const char*> exclude_before = {};
};

const std::vector<const char*> kPartOfTheWhole = {"代表", "本级"};

// 本年新收 in some columns of table 三, named for messages.
std::optional<Cells> new_in(const Report& r, std::initializer_list<std::string_view> columns, const char* zh,
                            const char* en) {
    return cells(r, "requests", "new", columns, zh, en);
}
// The same columns of 本年新收 plus 上年结转: "收到申请N件" may count those carried over too.
std::optional<Cells> with_carried_over(const Report& r, std::optional<Cells> received,
                                       std::initializer_list<std::string_view> columns) {
    auto c = cells(r, "requests", "carried_over", columns, "", "");
    if (!received || !c) return std::nullopt;
    received->value += c->value;
    received->label_zh += "与“二、上年结转政府信息公开申请数量”之和";
    received->label_en += ", plus “二、上年结转政府信息公开申请数量”";
    return received;
}

// How a sentence about applications received speaks of those carried over from last
// year: not at all (its count may include them), as part of its count, right after it
// ("申请N件，其中上年结转M件", "申请N件（含上年结转M件）": the count includes them), or
// elsewhere in the sentence ("收到申请N件，上年结转M件": the count is this year's new
// applications only; "受理N件，答复X件（含上年结转M件）": the 含 belongs to another count).
enum class CarryOver { Unstated, Included, Separate };

CarryOver carry_over_in(std::string_view sentence, std::string_view after_count) {
    // "其中新收1045件、上年结转2件": other parts of the count may come first.
    static const Utf8Regex included("^[（(，,\\s]*(?:其中|含|包含|包括|内含)[^。；;\\n]{0,24}?"
                                    "(?:上一?年度?|去年)(?:度)?(?:结转|遗留|未办结)");
    static const Utf8Regex stated("(?:上一?年度?|去年)(?:度)?(?:结转|遗留|未办结)|结转上一?年度?");
    if (included.find(after_count)) return CarryOver::Included;
    if (stated.find(sentence)) return CarryOver::Separate;
    return CarryOver::Unstated;
}

// The five 法人或其他组织 columns.
const std::initializer_list<std::string_view> kOrganisations = {"commercial", "research", "public_interest",
                                                                "legal_services", "other"};

std::optional<Cells> new_total(const Report& r) {
    return new_in(r, {"total"}, "表三“一、本年新收政府信息公开申请数量”总计", "table 三 “一、本年新收政府信息公开申请数量”, total");
}
std::optional<Cells> new_plus_carried(const Report& r) { return with_carried_over(r, new_total(r), {"total"}); }
std::optional<Cells> natural_new(const Report& r) {
    return new_in(r, {"natural"}, "表三“一、本年新收政府信息公开申请数量”自然人列",
                  "table 三 “一、本年新收政府信息公开申请数量”, column 自然人");
}
std::optional<Cells> natural_new_plus_carried(const Report& r) { return with_carried_over(r, natural_new(r), {"natural"}); }
std::optional<Cells> organisations_new(const Report& r) {
    return new_in(r, kOrganisations, "表三“一、本年新收政府信息公开申请数量”法人或其他组织各列之和",
                  "table 三 “一、本年新收政府信息公开申请数量”, the 法人或其他组织 columns together");
}
std::optional<Cells> organisations_new_plus_carried(const Report& r) {
    return with_carried_over(r, organisations_new(r), kOrganisations);
}
std::optional<Cells> carried_over(const Report& r) {
    return cells(r, "requests", "carried_over", {"total"}, "表三“二、上年结转政府信息公开申请数量”总计",
                 "table 三 “二、上年结转政府信息公开申请数量”, total");
}
std::optional<Cells> handled(const Report& r) {
    return cells(r, "requests", "handled_total", {"total"}, "表三“（七）总计”总计", "table 三 “（七）总计”, total");
}
std::optional<Cells> carried_forward(const Report& r) {
    return cells(r, "requests", "carried_forward", {"total"}, "表三“四、结转下年度继续办理”总计",
                 "table 三 “四、结转下年度继续办理”, total");
}
std::optional<Cells> review(const Report& r) {
    return cells(r, "appeals", "values", {"review.total"}, "表四“行政复议”总计", "table 四 “行政复议”, total");
}
std::optional<Cells> litigation(const Report& r) {
    return cells(r, "appeals", "values", {"direct.total", "after_review.total"},
                 "表四“未经复议直接起诉”与“复议后起诉”总计之和",
                 "table 四 “未经复议直接起诉” plus “复议后起诉”, totals");
}

// Words that make "自然人…N件" about a result or another matter, not about who applied.
const std::vector<const char*> kWhoAppliedExcluded = {"予以公开", "部分公开", "不予", "处理", "提供", "结转", "办结", "答复",
                                                      "复议", "诉讼", "投诉", "举报", "信访", "占", "%"};

const std::vector<Binding>& bindings() {
    static const std::string g = kGap, n = kCount;
    static const std::string unit = "\\s*(?:件|个|条|起|份|宗|次)";
    static const std::vector<std::string> patterns = {
        // 收到…申请N件 / 收到N件…申请
        "(?:新收|收到|受理|接到|接收|收悉)(?:了|过)?" + g + "{0,20}?申请" + g + "{0,4}?" + n + unit,
        "(?:新收|收到|受理|接到|接收|收悉)(?:了|过)?(?:各类|共|共计|总计|合计)?" + n + unit + g + "{0,16}?申请",
        "上一?年度?结转" + g + "{0,12}?" + n + unit,
        "(?:办结|答复|办理完毕|处理完毕)(?:了)?" + g + "{0,10}?" + n + unit,
        "结转(?:至|到)?下一?年度?" + g + "{0,8}?" + n + unit,
        "行政复议(?:案件|申请)?\\s*(?:共|共计)?\\s*" + n + "\\s*(?:件|起|次|宗)",
        "行政诉讼(?:案件)?\\s*(?:共|共计)?\\s*" + n + "\\s*(?:件|起|次|宗)",
        // N件…结转/顺延到下年度 (the count before the verb)
        n + unit + "(?:申请)?(?:已|需|将|依法|予以|正在)?(?:结转|转入|顺延)(?:至|到)?下一?年度?",
        // 自然人申请N件 / 法人或其他组织提出申请N件 (who applied)
        "自然人" + g + "{0,12}?" + n + unit,
        "法人(?:或|和|及|与)?其他组织" + g + "{0,12}?" + n + unit,
    };
    static const std::vector<Binding> out = {
        {patterns[0].c_str(), {"复议", "诉讼", "举报", "投诉", "信访", "建议", "提案", "结转", "办结", "答复", "依法申请"},
         "收到申请", "applications received", new_total, new_plus_carried, true, kPartOfTheWhole},
        {patterns[1].c_str(), {"复议", "诉讼", "举报", "投诉", "信访", "建议", "提案", "结转"},
         "收到申请", "applications received", new_total, new_plus_carried, true, kPartOfTheWhole},
        {patterns[2].c_str(), {"复议", "诉讼", "建议", "提案"}, "上年结转申请", "applications carried over", carried_over, nullptr,
         false},
        {patterns[3].c_str(), {"复议", "诉讼", "建议", "提案", "信访", "投诉", "举报", "结转", "网络问政", "留言", "热线"},
         "办结申请", "applications handled", handled, nullptr},
        {patterns[4].c_str(), {"复议", "诉讼", "建议", "提案"}, "结转下年度的申请", "applications carried forward",
         carried_forward, nullptr},
        {patterns[5].c_str(), {"诉讼", "纠错", "纠正", "败诉"}, "行政复议", "administrative reviews", review, nullptr},
        {patterns[6].c_str(), {"复议", "纠错", "纠正", "败诉"}, "行政诉讼", "administrative lawsuits", litigation, nullptr},
        {patterns[7].c_str(), {"复议", "诉讼", "建议", "提案"}, "结转下年度的申请", "applications carried forward",
         carried_forward, nullptr},
        {patterns[8].c_str(), kWhoAppliedExcluded, "自然人申请", "applications by natural persons", natural_new,
         natural_new_plus_carried},
        {patterns[9].c_str(), kWhoAppliedExcluded, "法人或其他组织申请", "applications by legal persons and other organisations",
         organisations_new, organisations_new_plus_carried},
    };
    return out;
}

// The bindings' patterns, compiled once, in the order of bindings().
const std::vector<Utf8Regex>& binding_patterns() {
    static const std::vector<Utf8Regex> out = [] {
        std::vector<Utf8Regex> compiled;
        for (const auto& b : bindings()) compiled.emplace_back(b.pattern);
        return compiled;
    }();
    return out;
}

// Is the clause about something other than this year's applications?
bool excluded(std::string_view clause, const std::vector<const char*>& words) {
    for (const char* w : words)
        if (clause.find(w) != std::string_view::npos) return true;
    return contains_any(clause, {"较", "同比", "比上年", "上年同期", "去年", "增长", "下降", "减少", "增加", "累计"});
}

std::string cell_label(const Context& ctx, const Cells& c) { return ctx.english() ? c.label_en : c.label_zh; }

void bind_counts(const Report& r, std::set<std::size_t>& reported) {
    const Context& ctx = r.ctx;
    for (std::size_t i = 0; i < bindings().size(); ++i) {
        const Binding& b = bindings()[i];
        for (const auto& m : binding_patterns()[i].find_all(r.norm)) {
            if (r.in_table(m.whole.begin) || !m.groups[1]) continue;
            std::string_view whole = r.text(m.whole);
            if (excluded(whole, b.exclude)) continue;
            std::string_view before = r.clause_before(ByteRange{m.whole.begin, m.whole.begin});
            if (std::any_of(b.exclude_before.begin(), b.exclude_before.end(),
                            [&](const char* w) { return before.find(w) != std::string_view::npos; }))
                continue;
            // A clause about another year ("去年收到…") is not this report's count.
            if (b.this_year_only && contains_any(r.clause_before(m.whole), {"上年度", "上一年度", "去年"})) continue;
            auto stated = parse_number(r.text(*m.groups[1]));
            auto table = b.cells(r);
            if (!stated || !table) continue;
            // "本年新收…申请N件" names the new applications only; "收到申请N件" may include those
            // carried over, unless its sentence states them beside it.
            const bool may_include = b.also_accept && whole.find("新收") == std::string_view::npos;
            ByteRange sentence = r.sentence_at(m.whole.begin);
            CarryOver carry = may_include && sentence.end >= m.whole.end
                                  ? carry_over_in(r.text(sentence), r.text(ByteRange{m.whole.end, sentence.end}))
                                  : CarryOver::Unstated;
            if (carry == CarryOver::Included) table = b.also_accept(r);
            if (!table) continue;
            if (std::fabs(*stated - table->value) < 1e-9) continue;
            if (may_include && carry == CarryOver::Unstated) {
                auto alt = b.also_accept(r);
                if (alt && std::fabs(*stated - alt->value) < 1e-9) continue;
            }
            std::string written = compact(whole);
            ByteRange number{m.groups[1]->begin, m.whole.end};
            if (!reported.insert(number.begin).second) continue;
            ctx.report(r.doc(number),
                       ctx.english()
                           ? "the text states " + std::string(b.prose_en) + " as " + show(*stated) + " (“" + written +
                                 "”), but " + cell_label(ctx, *table) + " is " + show(table->value)
                           : "正文所述" + std::string(b.prose_zh) + "数为" + show(*stated) + "（“" + written + "”），而" +
                                 cell_label(ctx, *table) + "为" + show(table->value))
                .note(table->range, cell_note(ctx, *table));
        }
    }
}

// "未收到…申请": statements that no application came in.
std::vector<RegexMatch> no_application_statements(const Report& r) {
    static const Utf8Regex re(std::string("(?:未|没有|没|尚未|从未)(?:收到|接到|受理|接收|发生)") + kGap + "{0,24}?申请(?!人)");
    std::vector<RegexMatch> out;
    for (const auto& m : re.find_all(r.norm)) {
        if (r.in_table(m.whole.begin)) continue;
        std::string_view whole = r.text(m.whole);
        std::string_view after = r.norm.substr(m.whole.end, std::min<std::size_t>(r.norm.size() - m.whole.end, 18));
        if (contains_any(whole, {"复议", "诉讼", "举报", "投诉", "信访", "不予", "收费", "费用", "延期", "补正", "被申请"}) ||
            contains_any(after, {"复议", "诉讼"}))
            continue;
        out.push_back(m);
    }
    return out;
}

// "收到…申请N件" with N > 0, for the prose-against-prose check.
std::vector<std::pair<ByteRange, double>> received_statements(const Report& r) {
    std::vector<std::pair<ByteRange, double>> out;
    for (std::size_t i = 0; i < 2; ++i) {
        const Binding& b = bindings()[i];
        for (const auto& m : binding_patterns()[i].find_all(r.norm)) {
            if (r.in_table(m.whole.begin) || !m.groups[1] || excluded(r.text(m.whole), b.exclude)) continue;
            if (contains_any(r.clause_before(m.whole), {"上年度", "上一年度", "去年"})) continue;
            auto v = parse_number(r.text(*m.groups[1]));
            if (v && *v > 0) out.push_back({ByteRange{m.groups[1]->begin, m.whole.end}, *v});
        }
    }
    return out;
}

// "未收到…申请" ⇒ 本年新收 = 0.
void bind_no_applications(const Report& r) {
    const Context& ctx = r.ctx;
    for (const auto& m : no_application_statements(r)) {
        std::string_view whole = r.text(m.whole);
        auto table = new_total(r);
        if (!table || table->value == 0) continue;
        ctx.report(r.doc(m.whole), ctx.english()
                                       ? "the text says no application was received (“" + std::string(whole) + "”), but " +
                                             cell_label(ctx, *table) + " is " + show(table->value)
                                       : "正文称未收到申请（“" + std::string(whole) + "”），而" + cell_label(ctx, *table) +
                                             "为" + show(table->value))
            .note(table->range, cell_note(ctx, *table));
    }
}

// "review.upheld" → "行政复议·结果维持".
std::string column_label(std::string_view key, bool english) {
    static const std::pair<std::string_view, std::string_view> kGroups[] = {
        {"review.", "行政复议"}, {"direct.", "行政诉讼·未经复议直接起诉"}, {"after_review.", "行政诉讼·复议后起诉"}};
    static const std::pair<std::string_view, std::string_view> kColumns[] = {
        {"upheld", "结果维持"}, {"corrected", "结果纠正"}, {"other", "其他结果"}, {"pending", "尚未审结"}, {"total", "总计"}};
    if (english) return std::string(key);
    for (auto [prefix, group] : kGroups) {
        if (key.rfind(prefix, 0) != 0) continue;
        std::string_view rest = key.substr(prefix.size());
        for (auto [column, label] : kColumns)
            if (rest == column) return std::string(group) + "·" + std::string(label);
    }
    return std::string(key);
}

// "未发生行政复议、行政诉讼" ⇒ the cells of table 四 it names are all 0.
void bind_no_appeals(const Report& r) {
    const Context& ctx = r.ctx;
    const Table* t = r.table("appeals");
    if (!t) return;
    static const Utf8Regex re(std::string("(?:未|没有|没|尚未|从未|无)(?:发生|收到|出现|接到|产生|被|有)?") + kGap +
                              "{0,24}?(?:行政复议|行政诉讼)(?:" + kGap + "{0,3}?(?:行政复议|行政诉讼))?");
    for (const auto& m : re.find_all(r.norm)) {
        if (r.in_table(m.whole.begin)) continue;
        std::string_view whole = r.text(m.whole);
        // "无…" only right before the words: "无行政复议", not "无涉及…的…行政复议".
        if (whole.compare(0, 3, "无") == 0 && !(whole.compare(3, 12, "行政复议") == 0 || whole.compare(3, 12, "行政诉讼") == 0))
            continue;
        ByteRange clause = r.sentence_at(m.whole.begin);
        std::string_view rest = r.norm.substr(m.whole.end, clause.end - m.whole.end);
        if (contains_any(whole, {"纠错", "纠正", "败诉", "撤销", "确认违法", "举报"}) ||
            contains_any(rest.substr(0, std::min<std::size_t>(rest.size(), 30)),
                         {"纠错", "纠正", "败诉", "撤销", "确认违法", "被纠", "结果"}))
            continue;
        bool review = whole.find("复议") != std::string_view::npos;
        bool litigation = whole.find("诉讼") != std::string_view::npos;
        const gklint_cell_info* bad = nullptr;
        for (const auto& c : t->cells) {
            std::string_view column = gklint::plugin::view(c.column);
            bool named = (review && column.rfind("review.", 0) == 0) ||
                         (litigation && (column.rfind("direct.", 0) == 0 || column.rfind("after_review.", 0) == 0));
            if (named && c.has_value && c.value != 0) {
                bad = &c;
                break;
            }
        }
        if (!bad) continue;
        std::string column = column_label(gklint::plugin::view(bad->column), ctx.english());
        ctx.report(r.doc(m.whole),
                   ctx.english() ? "the text says there was no administrative review or lawsuit (“" + std::string(whole) +
                                       "”), but table 四 has " + show(bad->value) + " in " + column
                                 : "正文称未发生行政复议或行政诉讼（“" + std::string(whole) + "”），而表四“" + column +
                                       "”为" + show(bad->value))
            .note(bad->range, ctx.english() ? "the table cell (" + show(bad->value) + ")" : "表中此处为" + show(bad->value));
    }
}

}  // namespace

void check_table_mismatch(Context& ctx) {
    Report r(ctx);
    std::set<std::size_t> reported;  // the numbers reported, by their normalised offset
    bind_counts(r, reported);
    bind_table_cells(r, reported);
    bind_no_applications(r);
    bind_no_appeals(r);
}

// narrative/contradiction: "均已办结" with applications carried forward; "未收到申请"
// next to "收到申请N件" in the prose itself.
void check_contradiction(Context& ctx) {
    Report r(ctx);
    auto received = received_statements(r);
    if (!received.empty()) {
        for (const auto& m : no_application_statements(r)) {
            const auto& [where, value] = received.front();
            std::string whole(r.text(m.whole)), other(r.text(where));
            ctx.report(r.doc(m.whole), ctx.english()
                                           ? "the text says no application was received (“" + whole +
                                                 "”), but elsewhere states “" + other + "”"
                                           : "正文称未收到申请（“" + whole + "”），但另处又称收到申请“" + other + "”")
                .note(r.doc(where), ctx.tr("此处称收到申请", "applications received, stated here"));
            (void)value;
        }
    }
    auto forward = carried_forward(r);
    if (!forward || forward->value <= 0) return;
    static const Utf8Regex re(
        "(?:均|全部|都|一律)(?:已经|已)(?:按时|按期|依法|及时|在法定期限内|在规定时限内|在规定期限内)?(?:予以)?"
        "(?:办结|答复完毕|办理完毕|处理完毕|答复|办理)(?!率)|"
        "(?:均|全部|都)(?:按时|按期|依法|及时)?(?:办结|办理完毕|处理完毕|答复完毕)(?!率)");
    for (const auto& m : re.find_all(r.norm)) {
        if (r.in_table(m.whole.begin)) continue;
        ByteRange clause = r.sentence_at(m.whole.begin);
        std::string_view sentence = r.text(clause);
        if (sentence.find("申请") == std::string_view::npos) continue;
        if (contains_any(sentence, {"复议", "诉讼", "建议", "提案", "信访", "投诉", "举报", "留言", "热线", "问政", "结转"}))
            continue;
        std::string whole(r.text(m.whole));
        ctx.report(r.doc(m.whole), ctx.english()
                                       ? "the text says every application was handled (“" + whole + "”), but " +
                                             cell_label(ctx, *forward) + " is " + show(forward->value)
                                       : "正文称申请均已办结（“" + whole + "”），而" + cell_label(ctx, *forward) + "为" +
                                             show(forward->value) + "，仍有申请结转下年度办理")
            .note(forward->range, ctx.english() ? "applications carried forward (" + show(forward->value) + ")"
                                                : "结转下年度继续办理" + show(forward->value) + "件");
    }
    // "无结转下年度办理的申请", "没有需结转至下一年度的申请".
    static const Utf8Regex none_forward_re(
        "(?:无|没有|未有|不存在)(?:需要|需|须)?(?:结转|转入)(?:至|到)?下一?年度?");
    for (const auto& m : none_forward_re.find_all(r.norm)) {
        if (r.in_table(m.whole.begin)) continue;
        std::string_view sentence = r.text(r.sentence_at(m.whole.begin));
        if (contains_any(sentence, {"复议", "诉讼", "建议", "提案", "信访", "投诉", "举报"})) continue;
        std::string whole(r.text(m.whole));
        ctx.report(r.doc(m.whole), ctx.english()
                                       ? "the text says no application is carried forward (“" + whole + "”), but " +
                                             cell_label(ctx, *forward) + " is " + show(forward->value)
                                       : "正文称没有结转下年度的申请（“" + whole + "”），而" + cell_label(ctx, *forward) +
                                             "为" + show(forward->value))
            .note(forward->range, cell_note(ctx, *forward));
    }
}

}  // namespace narrative
