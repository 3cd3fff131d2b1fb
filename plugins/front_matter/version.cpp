// format/version-mismatch: the statistics tables follow the format of the report year
// (国办公开办函〔2019〕60号 trial format for the 2019 and 2020 reports, 〔2021〕30号 from 2021)
// and only that one. The host names the year's format and the labels only one format has
// (the templates' `signatures`); this rule finds them in the tables.
// See docs/rules/format/version-mismatch.md.
#include <algorithm>
#include <map>
#include <string>

#include "front.h"
#include "rules.h"

namespace front_matter {
namespace {

using gklint::plugin::view;

// A format's labels found in the tables, in document order.
struct Labels {
    std::vector<std::pair<gklint_range, std::string>> found;
    std::size_t count() const { return found.size(); }
};

std::string format_name(std::string_view id, bool english) {
    if (id == "2019")
        return english ? "the 2019 trial format (国办公开办函〔2019〕60号)" : "2019年试行格式（国办公开办函〔2019〕60号）";
    if (id == "2021") return english ? "the 2021 format (国办公开办函〔2021〕30号)" : "2021年格式（国办公开办函〔2021〕30号）";
    return english ? "the " + std::string(id) + " format" : std::string(id) + "年格式";
}

// "“本年新制作数量”、“上一年项目数量”等3项"
std::string list(const Labels& l, bool english) {
    std::string out;
    for (std::size_t i = 0; i < l.found.size() && i < 3; ++i)
        out += (i ? (english ? ", " : "、") : "") + ("“" + l.found[i].second + "”");
    if (l.found.size() > 3)
        out += english ? " and " + std::to_string(l.found.size() - 3) + " more"
                       : "等" + std::to_string(l.found.size()) + "项";
    return out;
}

// Inside a statistics table, or in the body of section 二, 三 or 四 on a line that is no
// sentence: a block the parser left out of the table (a 2021 table 二 that kept the
// 2019 （九）项 block after its last block).
bool in_tables(const Front& f, gklint_range r) {
    if (f.in_table(r)) return true;
    bool in_section = false;
    for (const auto& s : f.sections) {
        std::string_view key = view(s.key);
        if (s.present && (key == "proactive" || key == "requests" || key == "appeals") && s.body.begin <= r.begin &&
            r.end <= s.body.end)
            in_section = true;
    }
    if (!in_section) return false;
    std::string_view text = f.ctx.text();
    std::size_t b = text.rfind('\n', r.begin);
    b = b == std::string_view::npos ? 0 : b + 1;
    std::size_t e = text.find('\n', r.end);
    std::string_view line = text.substr(b, (e == std::string_view::npos ? text.size() : e) - b);
    return !contains_any(line, {"。", "，", "；"});
}

// Where each signature label first stands inside a table, by format.
std::map<std::string, Labels> labels_in_tables(const Front& f, const std::vector<gklint_format_evidence>& evidence) {
    std::map<std::string, Labels> out;
    for (const auto& e : evidence) {
        std::string label(view(e.label));
        std::string folded;
        for (char c : label) folded += c == '(' ? std::string("（") : c == ')' ? std::string("）") : std::string(1, c);
        if (folded.empty()) continue;
        for (std::size_t at = f.flat.find(folded); at != std::string::npos; at = f.flat.find(folded, at + 1)) {
            gklint_range r = f.doc({at, at + folded.size()});
            if (!in_tables(f, r)) continue;
            out[std::string(view(e.format))].found.emplace_back(r, label);
            break;
        }
    }
    for (auto& [id, l] : out)
        std::sort(l.found.begin(), l.found.end(), [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
    return out;
}

// The label of the report's own format that belongs where `r` stands: a template label
// of a table the model did not find, between the labels found before and after it.
std::string expected_label_at(const Context& ctx, gklint_range r) {
    for (const auto& t : ctx.tables()) {
        if (!t.info.present || r.begin < t.info.range.begin || r.end > t.info.range.end) continue;
        for (const auto* labels : {&t.columns, &t.rows}) {
            for (std::size_t i = 0; i < labels->size(); ++i) {
                const auto& l = (*labels)[i];
                if (l.found) continue;
                bool after_previous = true, before_next = true;
                for (std::size_t k = i; k-- > 0;)
                    if ((*labels)[k].found) {
                        after_previous = (*labels)[k].range.end <= r.begin;
                        break;
                    }
                for (std::size_t k = i + 1; k < labels->size(); ++k)
                    if ((*labels)[k].found) {
                        before_next = r.end <= (*labels)[k].range.begin;
                        break;
                    }
                if (after_previous && before_next) return std::string(view(l.expected));
            }
        }
    }
    return {};
}

}  // namespace

void check_version_mismatch(Context& ctx) {
    if (!ctx.has_model()) return;
    Front f(ctx);
    if (f.tables.empty()) return;
    auto info = ctx.report_info();
    std::string expected(view(info.expected_format));
    auto by_format = labels_in_tables(f, ctx.format_evidence());
    constexpr std::size_t kEnough = 2;  // one label could be a stray wording; two are a format
    bool en = ctx.english();
    std::string year = std::to_string(info.year);

    if (!expected.empty()) {
        const Labels* right = by_format.count(expected) ? &by_format.at(expected) : nullptr;
        for (const auto& [id, wrong] : by_format) {
            if (id == expected) continue;
            // A single label of the other format where a label of the table stands (a 2021
            // table 二 keeping the 2019 column 本年新制作数量) is the other format, not a wording.
            if (wrong.count() < kEnough) {
                // Inside a table the model read, not on a loose line of the section.
                auto in_table = std::find_if(wrong.found.begin(), wrong.found.end(),
                                             [&](const auto& l) { return f.in_table(l.first); });
                if (in_table == wrong.found.end()) continue;
                const auto& [at, label] = *in_table;
                std::string instead = expected_label_at(ctx, at);
                if (instead.empty() && wrong.count() == 1 && !(right && right->count() >= kEnough)) continue;
                ctx.report(at, en ? "“" + label + "” is a label of " + format_name(id, en) + "; a " + year +
                                        " report uses " + format_name(expected, en) +
                                        (instead.empty() ? "" : ", here “" + instead + "”")
                                  : "“" + label + "”是" + format_name(id, en) + "的栏目，" + year + "年度报告应使用" +
                                        format_name(expected, en) + (instead.empty() ? "" : "，此处应为“" + instead + "”"));
                return;
            }
            if (right && right->count() >= kEnough) {
                auto d = ctx.report(wrong.found.front().first,
                                    en ? "the tables mix two formats: " + list(wrong, en) + " of " + format_name(id, en) +
                                             " beside " + list(*right, en) + " of " + format_name(expected, en) +
                                             "; a " + year + " report uses " + format_name(expected, en) + " only"
                                       : "统计表混用了两种格式：" + list(wrong, en) + "属于" + format_name(id, en) + "，" +
                                             list(*right, en) + "属于" + format_name(expected, en) + "；" + year +
                                             "年度报告应全部使用" + format_name(expected, en));
                d.note(right->found.front().first,
                       en ? "a label of " + format_name(expected, en) : "此处为" + format_name(expected, en) + "的栏目");
            } else {
                auto d = ctx.report(wrong.found.front().first,
                                    en ? "a " + year + " report with the tables of " + format_name(id, en) + " (" +
                                             list(wrong, en) + "); " + year + " reports use " + format_name(expected, en)
                                       : year + "年度报告的统计表使用了" + format_name(id, en) + "的栏目（" + list(wrong, en) +
                                             "），应使用" + format_name(expected, en));
                if (info.has_title)
                    d.note(info.title, ctx.tr("报告年度由标题确定", "the report year comes from the title"));
            }
            return;
        }
        return;
    }
    // The year's format is unknown: only a mixture can be told.
    std::vector<std::pair<std::string, const Labels*>> strong;
    for (const auto& [id, l] : by_format)
        if (l.count() >= kEnough) strong.emplace_back(id, &l);
    if (strong.size() < 2) return;
    std::sort(strong.begin(), strong.end(), [](const auto& a, const auto& b) {
        return a.second->found.front().first.begin < b.second->found.front().first.begin;
    });
    const auto& [first_id, first] = strong[0];
    const auto& [later_id, later] = strong[1];
    auto d = ctx.report(later->found.front().first,
                        en ? "the tables mix two formats: " + list(*later, en) + " of " + format_name(later_id, en) +
                                 " beside " + list(*first, en) + " of " + format_name(first_id, en)
                           : "统计表混用了两种格式：" + list(*later, en) + "属于" + format_name(later_id, en) + "，" +
                                 list(*first, en) + "属于" + format_name(first_id, en));
    d.note(first->found.front().first,
           en ? "a label of " + format_name(first_id, en) : "此处为" + format_name(first_id, en) + "的栏目");
}

}  // namespace front_matter
