// narrative/table-mismatch, general part: a count in the prose next to the name of a
// table row or column ("予以公开4件", "现行有效22件", "未经复议直接起诉3件") is compared
// with that cell. The names come from the labels the parser found in the report's own
// tables (tables 二, 三 and 四), so any wording of the template is covered.
// See docs/rules/narrative/table-mismatch.md.
#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "cell_binding.h"

namespace narrative {
namespace {

using gklint::plugin::view;

// A prose name of a row or column and the key it stands for.
struct Name {
    std::string text;
    std::string key;
    std::string shown = {};  // how messages name it, when not `text` (a synonym: 制定 for 制发)
    const std::string& label() const { return shown.empty() ? text : shown; }
};

// Where a name occurs in the prose (normalised offsets).
struct Hit {
    std::size_t begin, end;
    const Name* name;
};

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

std::size_t han_count(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xF0) == 0xE0) ++n;
    return n;
}

// "（二）部分公开（区分处理的…）" → "部分公开"; "本年制发件数" → "制发"; "3.危及“三安全一稳定”" → "危及三安全一稳定".
std::string prose_name(std::string_view label) {
    std::string s = compact(label);
    // Leading numbering: "一、", "（一）", "(1)", "1.", "1、".
    static const Utf8Regex numbering("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.．、])");
    if (auto m = numbering.find(s)) s.erase(0, m->whole.end);
    // A remark in brackets, and quotation marks.
    for (std::size_t at; (at = s.find("（")) != std::string::npos;) s.erase(at);
    for (std::string_view q : {"“", "”", "\""})
        for (std::size_t at; (at = s.find(q)) != std::string::npos;) s.erase(at, q.size());
    for (std::string_view suffix : {"数量", "件数", "数"})
        if (ends_with(s, suffix)) s.erase(s.size() - suffix.size());
    // "本年制发" is written "制发" as often as not
    if (starts_with(s, "本年度")) s.erase(0, std::string_view("本年度").size());
    else if (starts_with(s, "本年") && han_count(s) >= 4) s.erase(0, std::string_view("本年").size());
    return s;
}

void add_name(std::vector<Name>& names, std::string text, std::string_view key, std::size_t min_han,
              std::string shown = {}) {
    if (han_count(text) < min_han || text.find('/') != std::string::npos) return;
    for (const auto& n : names)
        if (n.text == text && n.key == key) return;
    names.push_back({std::move(text), std::string(key), std::move(shown)});
}

// The prose names of a table's rows and columns.
struct Names {
    std::vector<Name> rows, columns;
};

// Table 三: rows of four characters or more, columns other than 总计 of three or more.
Names request_names(const Table* t) {
    Names out;
    if (!t) return out;
    for (const auto& l : t->rows)
        for (const gklint_str* s : {&l.written, &l.expected}) add_name(out.rows, prose_name(view(*s)), view(l.key), 4);
    for (const auto& l : t->columns)
        if (view(l.key) != "total")
            for (const gklint_str* s : {&l.written, &l.expected})
                add_name(out.columns, prose_name(view(*s)), view(l.key), 3);
    return out;
}

// Table 二: rows (行政规范性文件 also as 规范性文件) and columns other than the previous year's.
Names proactive_names(const Table* t) {
    Names out;
    if (!t) return out;
    for (const auto& l : t->rows)
        for (const gklint_str* s : {&l.written, &l.expected}) {
            std::string name = prose_name(view(*s));
            add_name(out.rows, name, view(l.key), 2);
            if (starts_with(name, "行政") && han_count(name) >= 6) add_name(out.rows, name.substr(6), view(l.key), 4);
        }
    // How prose names two columns: "made this year" of rules and normative documents ("本年制定…6件",
    // "印发", "出台"), and the decisions of a 2019 row of three columns ("作出行政处罚决定13件",
    // "办理行政许可事项110件").
    static constexpr std::string_view kMadeVerbs[] = {"制定", "印发", "出台"};
    static constexpr std::string_view kDecisionWords[] = {"决定", "办理"};
    for (const auto& l : t->columns)
        for (const gklint_str* s : {&l.written, &l.expected}) {
            std::string name = prose_name(view(*s));
            if (starts_with(name, "上一年") || starts_with(name, "上年")) continue;
            add_name(out.columns, name, view(l.key), 2);
            if (name == "制发" || name == "新制作")
                for (auto verb : kMadeVerbs) add_name(out.columns, std::string(verb), view(l.key), 2, name);
            if (name == "处理决定")
                for (auto word : kDecisionWords) add_name(out.columns, std::string(word), view(l.key), 2, name);
        }
    return out;
}

// All occurrences of the names in [b, e), longest first where they overlap.
std::vector<Hit> find_names(std::string_view norm, std::size_t b, std::size_t e, const std::vector<Name>& names) {
    std::vector<Hit> hits;
    std::string squeezed;  // names may wrap over lines: match on the text without line breaks
    std::vector<std::size_t> at;
    for (std::size_t i = b; i < e; ++i) {
        char c = norm[i];
        if (c == '\n' || c == '\r' || c == ' ' || c == '\t') continue;
        squeezed.push_back(c);
        at.push_back(i);
    }
    at.push_back(e);
    for (const auto& n : names)
        for (std::size_t k = squeezed.find(n.text); k != std::string::npos; k = squeezed.find(n.text, k + 1))
            hits.push_back({at[k], at[k + n.text.size() - 1] + 1, &n});
    std::sort(hits.begin(), hits.end(), [](const Hit& x, const Hit& y) {
        return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
    });
    std::vector<Hit> out;
    for (const auto& h : hits)
        if (out.empty() || h.begin >= out.back().end) out.push_back(h);
    return out;
}

class Binder {
public:
    Binder(const Report& r, std::set<std::size_t>& reported)
        : r_(r), reported_(reported), request_names_(request_names(table("requests"))),
          proactive_names_(proactive_names(table("proactive"))) {}

    void run() {
        // The lookbehind (no digit or point before the number) after the first digit: a pattern
        // starting with a character set is searched for quickly, one starting with a lookbehind is not.
        static const Utf8Regex number_re(
            "([0-9０-９](?<![0-9０-９.．][0-9０-９])[0-9０-９]*(?:\\.[0-9]+)?)\\s*(件|个|条|起|宗|次|份|项|篇|万元)(?![%％])");
        for (const auto& m : number_re.find_all(r_.norm)) {
            if (r_.in_table(m.whole.begin) || reported_.count(m.groups[1]->begin)) continue;
            std::string_view section = r_.section_at(m.whole.begin);
            if (section != "" && section != "overview" && section != "proactive" && section != "requests" &&
                section != "appeals")
                continue;
            std::string_view unit = r_.text(*m.groups[2]);
            ByteRange sentence = r_.sentence_at(m.whole.begin);
            std::size_t seg = segment_start(sentence.begin, m.whole.begin);
            std::string_view before = r_.norm.substr(seg, m.whole.begin - seg);
            std::string_view lead = r_.norm.substr(sentence.begin, m.whole.begin - sentence.begin);
            if (contains_any(before, {"较", "同比", "比上年", "上年同期", "去年", "增长", "下降", "减少", "增加", "累计",
                                      "约", "近", "超过", "以上", "平均", "每"}) ||
                contains_any(lead, {"上年度", "上一年度", "去年", "截至目前", "历年"}))
                continue;
            auto stated = parse_number(r_.text(*m.groups[1]));
            if (!stated) continue;
            std::optional<Cells> cell;
            if (!cell) cell = requests(sentence.begin, seg, m.whole.begin, unit);
            if (!cell) cell = appeals(sentence.begin, seg, m.whole.begin, unit);
            if (!cell) cell = proactive(sentence.begin, seg, m.whole.begin, unit);
            if (!cell || std::fabs(*stated - cell->value) < (unit == "万元" ? 0.0051 : 1e-9)) continue;
            report(ByteRange{m.groups[1]->begin, m.whole.end}, seg, *stated, *cell);
        }
    }

private:
    const Report& r_;
    std::set<std::size_t>& reported_;
    const Names request_names_;     // built once per document, not per number
    const Names proactive_names_;

    // Only a table the parser read whole: a misread table (run-together digits, "8855698") is no
    // measure for the prose; the table rules report it.
    const Table* table(std::string_view key) const {
        const Table* t = r_.table(key);
        return t && t->info.parsed ? t : nullptr;
    }

    // The start of the list item the number closes: after the last comma, 、, bracket or colon.
    std::size_t segment_start(std::size_t sentence, std::size_t number) const {
        std::size_t b = sentence;
        for (std::string_view sep : {"，", ",", "、", "：", ":", "（", "(", "）", ")"}) {
            std::size_t at = rfind_after(r_.norm, sep, number, sentence);
            if (at != std::string_view::npos && at >= sentence && at + sep.size() <= number && at + sep.size() > b)
                b = at + sep.size();
        }
        return b;
    }

    // The named row nearest before the number in its segment; of a row and its sub-row, the sub-row.
    const Name* nearest(const std::vector<Hit>& hits) const {
        const Name* best = nullptr;
        for (const auto& h : hits) {
            if (!best || starts_with(h.name->key, best->key + "_")) best = h.name;
            else if (!starts_with(best->key, h.name->key + "_") && best->key != h.name->key) return nullptr;  // two rows
        }
        return best;
    }

    // Table 三: "予以公开4件", "本机关不掌握相关政府信息2件" → the row's 总计.
    std::optional<Cells> requests(std::size_t sentence, std::size_t seg, std::size_t number, std::string_view unit) const {
        const Table* t = table("requests");
        if (!t || unit == "万元" || unit == "篇" || unit == "项") return std::nullopt;
        const auto& [rows, columns] = request_names_;
        auto hits = find_names(r_.norm, seg, number, rows);
        if (hits.empty()) return std::nullopt;
        // Close to the number: "予以公开4件", "予以公开的申请4件".
        if (han_count(r_.norm.substr(hits.back().end, number - hits.back().end)) > 4) return std::nullopt;
        // A breakdown by applicant ("自然人申请中予以公开2件") is not the total column.
        if (!find_names(r_.norm, sentence, number, columns).empty()) return std::nullopt;
        const Name* row = nearest(hits);
        if (!row) return std::nullopt;
        return row_total(*t, row->key, row->text);
    }

    // The 总计 of a row, or of its sub-rows when it has no cells of its own (（三）不予公开).
    std::optional<Cells> row_total(const Table& t, const std::string& key, const std::string& text) const {
        Cells out{0, {0, 0}, "", ""};
        int n = 0;
        for (const auto& c : t.cells) {
            std::string_view row = view(c.row);
            if (view(c.column) != "total" || !(row == key || (starts_with(row, key + "_")))) continue;
            if (!c.has_value) return std::nullopt;
            if (row == key && n > 0) return std::nullopt;  // own cell and sub-rows: unclear
            out.value += c.value;
            if (n == 0) out.range = c.range;
            ++n;
        }
        if (n == 0) return std::nullopt;
        out.several = n > 1;
        out.label_zh = std::string("表三“") + text + "”" + (n > 1 ? "各项总计之和" : "总计");
        out.label_en = "table 三 “" + text + "”, total";
        return out;
    }

    // Table 四: "未经复议直接起诉3件", "（行政复议）维持2件".
    std::optional<Cells> appeals(std::size_t sentence, std::size_t seg, std::size_t number, std::string_view unit) const {
        const Table* t = table("appeals");
        if (!t || unit == "万元" || unit == "篇" || unit == "项" || unit == "条") return std::nullopt;
        static const std::vector<Name> groups = {
            {"行政复议", "review"}, {"直接起诉", "direct"}, {"复议后起诉", "after_review"},
            {"复议后提起诉讼", "after_review"}, {"行政诉讼", "litigation"}};
        static const std::vector<Name> columns = {
            {"维持", "upheld"}, {"纠正", "corrected"}, {"其他结果", "other"}, {"尚未审结", "pending"}, {"未审结", "pending"}};
        auto in_seg = find_names(r_.norm, seg, number, groups);
        auto in_sentence = find_names(r_.norm, sentence, number, groups);
        auto column_hits = find_names(r_.norm, seg, number, columns);
        if (in_sentence.empty()) return std::nullopt;
        const Name* group = nullptr;
        std::string column;
        if (!column_hits.empty()) {
            if (column_hits.size() > 1) return std::nullopt;
            column = column_hits.back().name->key;
            group = (in_seg.empty() ? in_sentence : in_seg).back().name;
        } else {
            // A total: the group named right before the number.
            if (in_seg.empty() || in_seg.size() > 1) return std::nullopt;
            if (han_count(r_.norm.substr(in_seg.back().end, number - in_seg.back().end)) > 4) return std::nullopt;
            group = in_seg.back().name;
            column = "total";
        }
        std::string_view between = r_.norm.substr(seg, number - seg);
        if (contains_any(between, {"纠错", "败诉", "撤销", "确认违法", "胜诉", "驳回"})) return std::nullopt;
        std::vector<std::string> keys;
        if (group->key == "litigation") keys = {"direct." + column, "after_review." + column};
        else keys = {group->key + "." + column};
        Cells out{0, {0, 0}, "", ""};
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const gklint_cell_info* c = t->cell("", "values", keys[i]);
            if (!c || !c->has_value) return std::nullopt;
            out.value += c->value;
            if (i == 0) out.range = c->range;
        }
        out.several = keys.size() > 1;
        std::string column_zh = column == "total"       ? "总计"
                                : column == "upheld"    ? "结果维持"
                                : column == "corrected" ? "结果纠正"
                                : column == "other"     ? "其他结果"
                                                        : "尚未审结";
        out.label_zh = "表四“" + group->text + "”" + column_zh;
        out.label_en = "table 四 “" + group->text + "”, " + column;
        return out;
    }

    // Table 二: "本年制发行政规范性文件4件，废止1件，现行有效22件", "行政处罚决定166件".
    std::optional<Cells> proactive(std::size_t sentence, std::size_t seg, std::size_t number, std::string_view unit) const {
        const Table* t = table("proactive");
        if (!t) return std::nullopt;
        const auto& [rows, columns] = proactive_names_;
        auto row_hits = find_names(r_.norm, sentence, number, rows);
        if (row_hits.empty()) return std::nullopt;
        const Name* row = row_hits.back().name;
        // The row's cells, and the column named in the segment (or the only column of its block,
        // counted in 件 and the like: "行政许可33条" counts published items, not decisions).
        std::vector<const gklint_cell_info*> cells;
        for (const auto& c : t->cells)
            if (view(c.row) == row->key) cells.push_back(&c);
        if (cells.empty()) return std::nullopt;
        auto column_hits = find_names(r_.norm, seg, number, columns);
        const gklint_cell_info* cell = nullptr;
        if (!column_hits.empty()) {
            for (const auto* c : cells)
                if (view(c->column) == column_hits.back().name->key) cell = c;
        } else if (cells.size() == 1 && row_hits.back().begin >= seg && unit != "条" && unit != "篇" &&
                   han_count(r_.norm.substr(row_hits.back().end, number - row_hits.back().end)) <= 6) {
            cell = cells.front();
        }
        if (!cell || !cell->has_value) return std::nullopt;
        bool money = view(cell->column) == "amount";
        if (money != (unit == "万元")) return std::nullopt;
        std::string column_text = column_hits.empty() ? "" : column_hits.back().name->label();
        Cells out{cell->value, cell->range, "表二“" + row->text + "”" + (column_text.empty() ? "" : "“" + column_text + "”"),
                  "table 二 “" + row->text + "”" + (column_text.empty() ? "" : " “" + column_text + "”")};
        return out;
    }

    void report(ByteRange number, std::size_t seg, double stated, const Cells& cell) {
        const Context& ctx = r_.ctx;
        reported_.insert(number.begin);
        std::string written = compact(r_.norm.substr(seg, number.end - seg));
        ctx.report(r_.doc(number), ctx.english() ? "the text states “" + written + "” (" + show(stated) + "), but " +
                                                       cell.label_en + " is " + show(cell.value)
                                                 : "正文所述“" + written + "”为" + show(stated) + "，而" + cell.label_zh +
                                                       "为" + show(cell.value))
            .note(cell.range, cell_note(ctx, cell));
    }
};

}  // namespace

std::string cell_note(const Context& ctx, const Cells& c) {
    if (c.several)
        return ctx.english() ? "the first of the table cells, which add up to " + show(c.value)
                             : "表中对应单元格之和为" + show(c.value) + "（此处为第一个）";
    return ctx.english() ? "the table cell (" + show(c.value) + ")" : "表中此处为" + show(c.value);
}

void bind_table_cells(const Report& r, std::set<std::size_t>& reported) { Binder(r, reported).run(); }

}  // namespace narrative
