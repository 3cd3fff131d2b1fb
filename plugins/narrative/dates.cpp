// narrative/year, narrative/deadline, narrative/undated: the report's years and
// its signature date. See docs/rules/narrative/{year,deadline,undated}.md.
#include <cstdio>
#include <string>

#include "common.h"
#include "rules.h"

namespace narrative {
namespace {

int year_value(std::string_view digits) {
    auto v = parse_number(digits);
    return v ? static_cast<int>(*v) : 0;
}

void year_message(const Context& ctx, gklint_range where, int written, int year, const char* what_zh,
                  const char* what_en, std::optional<gklint_range> note = std::nullopt) {
    auto d = ctx.report(where, ctx.english() ? std::string(what_en) + " gives the year " + std::to_string(written) +
                                                   ", but the report is for " + std::to_string(year)
                                             : std::string(what_zh) + "写作" + std::to_string(written) + "年，而本报告为" +
                                                   std::to_string(year) + "年度报告");
    if (note) d.note(*note, ctx.tr("报告年度由此确定", "the report year comes from here"));
}

}  // namespace

void check_year(Context& ctx) {
    Report r(ctx);
    auto info = ctx.report_info();
    int year = info.year;
    if (year < 1990 || year > 2100) return;
    static const Utf8Regex year_re("((?:19|20)[0-9]{2})\\s*年");
    std::optional<gklint_range> title_range;
    int title_year = 0;
    if (info.has_title) {
        ByteRange t = r.norm_range(info.title);
        if (auto m = year_re.find(r.text(t))) {
            title_year = year_value(r.text({t.begin + m->groups[1]->begin, t.begin + m->groups[1]->end}));
            title_range = r.doc({t.begin + m->groups[1]->begin, t.begin + m->groups[1]->end});
            if (title_year != year)
                year_message(ctx, *title_range, title_year, year, "标题中的年份", "the title");
        }
    }
    // The statistics period: every year its statements write (the model reads them
    // across line breaks: "统计期\n限自2024年1月1日起至2024年12月31日止").
    for (const auto& p : ctx.periods())
        for (const gklint_date_part* y : {&p.start_year, &p.end_year})
            if (y->present && y->value != year)
                year_message(ctx, y->range, y->value, year, "统计期间的年份", "the statistics period", title_range);
    // The report naming itself ("编制…2020年政府信息公开工作年度报告") before the first section,
    // and the statistics date "截至YYYY年12月31日" anywhere.
    static const Utf8Regex self_re("((?:19|20)[0-9]{2})\\s*年度?(?:政府信息公开工作|政务公开工作|信息公开工作)?年度报告");
    static const Utf8Regex cutoff_re("截[至止](?:到)?((?:19|20)[0-9]{2})\\s*年\\s*12\\s*月\\s*31\\s*日");
    std::size_t title_end = info.has_title ? r.norm_offset(info.title.end) : 0;
    for (const auto& m : self_re.find_all(r.norm)) {
        if (m.whole.begin < title_end || !r.section_at(m.whole.begin).empty()) continue;
        std::size_t b = m.whole.begin;
        // "上一年度报告", "较2019年度报告": a reference to another report.
        std::string_view before = r.norm.substr(b >= 12 ? b - 12 : 0, b >= 12 ? 12 : b);
        if (contains_any(before, {"较", "比", "上", "对照", "针对"})) continue;
        int y = year_value(r.text(*m.groups[1]));
        if (y != year) year_message(ctx, r.doc(*m.groups[1]), y, year, "报告名称中的年份", "the report's own name", title_range);
    }
    for (const auto& m : cutoff_re.find_all(r.norm)) {
        if (r.in_table(m.whole.begin)) continue;
        std::string_view key = r.section_at(m.whole.begin);
        if (key != "" && key != "overview") continue;
        int y = year_value(r.text(*m.groups[1]));
        if (y != year) year_message(ctx, r.doc(*m.groups[1]), y, year, "统计截止日期的年份", "the statistics cut-off date", title_range);
    }
    // The first sentence of 总体情况: "2020年度，本机关…" in a 2021 report.
    const gklint_section_info* overview = r.section("overview");
    if (!overview) return;
    static const Utf8Regex opening_re("^\\s*(?:在|自|于|截至|截止|今年|全年)?\\s*((?:19|20)[0-9]{2})\\s*年度?(?:以来|全年|期间)?\\s*[，,、]?");
    auto paragraphs = ctx.paragraphs();
    for (const auto& p : paragraphs) {
        if (p.section < 0 || &r.sections[static_cast<std::size_t>(p.section)] != overview) continue;
        if (p.range.end <= overview->heading.end) continue;
        ByteRange text = r.norm_range(p.range);
        std::string_view para = r.text(text);
        // Skip subheadings such as "（一）主动公开情况".
        if (para.size() < 60 && para.find("。") == std::string_view::npos) continue;
        if (auto m = opening_re.find(para)) {
            int y = year_value(para.substr(m->groups[1]->begin, m->groups[1]->end - m->groups[1]->begin));
            if (y != year)
                year_message(ctx, r.doc({text.begin + m->groups[1]->begin, text.begin + m->groups[1]->end}), y, year,
                             "总体情况首句的年份", "the first sentence of 总体情况", title_range);
        }
        break;  // only the first paragraph
    }
}

namespace {

// "MM-DD", "M-D", "M月D日" → month, day.
bool parse_month_day(std::string_view s, int& month, int& day) {
    std::string t(s);
    if (std::sscanf(t.c_str(), "%d-%d", &month, &day) == 2) return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    if (std::sscanf(t.c_str(), "%d月%d日", &month, &day) == 2) return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    return false;
}

}  // namespace

void check_deadline(Context& ctx) {
    auto info = ctx.report_info();
    if (!info.has_signature_date || info.year <= 0) return;
    int month = 1, day = 31;
    std::string deadline = ctx.option_string("deadline").value_or("01-31");
    if (!parse_month_day(deadline, month, day)) {
        month = 1;
        day = 31;
    }
    int offset = static_cast<int>(ctx.option_integer("years-after").value_or(1));
    int dy = info.year + offset;
    long signed_on = info.signature_year * 10000L + info.signature_month * 100L + info.signature_day;
    long due = dy * 10000L + month * 100L + day;
    if (signed_on <= due) return;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%d年%d月%d日", dy, month, day);
    char got[64];
    std::snprintf(got, sizeof got, "%d年%d月%d日", info.signature_year, info.signature_month, info.signature_day);
    ctx.report(info.signature_date,
               ctx.english() ? std::string("the report is dated ") + got + ", after the deadline " + buf +
                                   " for a " + std::to_string(info.year) + " report (条例第四十九条)"
                             : std::string("报告落款日期") + got + "晚于" + std::to_string(info.year) +
                                   "年度报告的公布期限" + buf + "（条例第四十九条）");
}

void check_undated(Context& ctx) {
    if (!ctx.has_model()) return;
    auto info = ctx.report_info();
    if (info.has_signature_date || !whole_report(ctx.sections())) return;
    // At the last non-empty line: where the 落款 would be.
    gklint_range where{0, 0};
    for (std::size_t i = ctx.line_count(); i-- > 0;) {
        std::string_view line = ctx.line(i);
        if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
            where = ctx.line_range(i);
            break;
        }
    }
    ctx.report(where, ctx.tr("报告没有落款日期，无法核对是否在期限内公布（条例第四十九条）",
                             "the report carries no signature date, so whether it was published in time cannot be checked "
                             "(条例第四十九条)"));
}

}  // namespace narrative
