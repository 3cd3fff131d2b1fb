// structure/statistics-period: the statement of the period the report's figures cover
// ("本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止") must be there, in the report
// year, from 1月1日 to 12月31日. See docs/rules/structure/statistics-period.md.
#include <string>

#include "front.h"
#include "rules.h"

namespace front_matter {
namespace {

#define FM_YEAR "((?:19|20)[0-9]{2}|[〇零○一二三四五六七八九]{4})"
#define FM_MD "([0-9]{1,2}|[一二三四五六七八九十]{1,3})"

// A date range: the end may leave out its year ("2020年1月1日至12月31日") and both ends
// their day ("2020年1月至12月").
const Utf8Regex& range_re() {
    static const Utf8Regex re(FM_YEAR "年" FM_MD "月(?:" FM_MD "[日号])?(?:起|开始)?(?:至|到|—+|－|-|~|～|–)(?:" FM_YEAR
                              "年)?" FM_MD "月(?:" FM_MD "[日号])?止?");
    return re;
}
// The same with numeric dates: "2020.1.1—2020.12.31", "2020-01-01至2020-12-31".
const Utf8Regex& numeric_range_re() {
    static const Utf8Regex re("((?:19|20)[0-9]{2})[./-]([0-9]{1,2})[./-]([0-9]{1,2})(?:至|到|—+|－|-|~|～|–)(?:((?:19|20)"
                              "[0-9]{2})[./-])?([0-9]{1,2})[./-]([0-9]{1,2})(?![0-9])");
    return re;
}
// "统计期限为2020年度", "统计时间为2020年全年": the whole year in one word.
const Utf8Regex& year_re() {
    static const Utf8Regex re("(?:统计(?:期限|时限|期间|时间|区间|范围)|所列数据)[^。；！？]{0,12}?" FM_YEAR "年(?:度|全年)(?![0-9一二三四五六七八九十]{1,3}月)");
    return re;
}
// "数据统计截至2020年12月31日": only the end.
const Utf8Regex& cutoff_re() {
    static const Utf8Regex re("(?:报告|所列)[^。；！？]{0,12}?(?:统计|数据)[^。；！？]{0,10}?截[至止](?:到)?" FM_YEAR "年" FM_MD "月" FM_MD "[日号]");
    return re;
}

// Words that name the statistics period ("统计期限", "所列数据的统计时限", "数据统计时间").
constexpr std::string_view kPeriodWords[] = {
    "统计期限", "统计时限", "统计期间", "统计时间", "统计区间", "统计范围", "统计周期", "统计时段", "统计口径",
    "所列数据", "数据统计", "数据的统计", "数据期限", "数据时限", "数据的期限", "数据的时限", "数据时间", "数据的时间"};

// Does the clause just before `at` name the statistics period? A date range elsewhere
// ("据统计，2020年3月1日至6月30日开展专项行动") is not the statement.
bool statistics_context(const Front& f, std::size_t at) {
    std::size_t from = at > 60 ? at - 60 : 0;
    while (from < at && (static_cast<unsigned char>(f.flat[from]) & 0xC0) == 0x80) ++from;
    std::string_view before = std::string_view(f.flat).substr(from, at - from);
    for (std::string_view stop : {"。", "；", "！", "？", "，据"}) {
        std::size_t k = before.rfind(stop);
        if (k != std::string_view::npos) before = before.substr(k + stop.size());
    }
    if (before.size() >= 6 && before.substr(before.size() - 6, 3) == "截") return false;  // 截至: a cut-off
    for (std::string_view w : kPeriodWords)
        if (before.find(w) != std::string_view::npos) return true;
    return false;
}

struct Part {
    std::optional<ByteRange> range;  // flat range of the numeral
    std::optional<int> value;
};

Part part(const Front& f, const RegexMatch& m, std::size_t base, std::size_t group) {
    Part p;
    if (group < m.groups.size() && m.groups[group]) {
        p.range = ByteRange{base + m.groups[group]->begin, base + m.groups[group]->end};
        p.value = numeral(f.text(*p.range));
    }
    return p;
}

class PeriodCheck {
public:
    PeriodCheck(const Context& ctx, const Front& f) : ctx_(ctx), f_(f), info_(ctx.report_info()) {
        if (info_.year >= 1990 && info_.year <= 2100) year_ = info_.year;
    }

    void year(const Part& y, bool start) {
        if (!y.value || !y.range) return;
        if (!year_) year_ = *y.value;  // no title: the period's first year is the reference
        if (*y.value == *year_) return;
        std::string w = std::to_string(*y.value), r = std::to_string(*year_);
        auto d = ctx_.report(f_.doc(*y.range),
                             ctx_.english() ? std::string("the statistics period ") + (start ? "starts" : "ends") +
                                                  " in " + w + ", but the report is for " + r
                                            : std::string("统计期限的") + (start ? "起始" : "截止") + "年份写作" + w +
                                                  "年，应为报告年度" + r + "年");
        if (info_.has_title) d.note(info_.title, ctx_.tr("报告年度由标题确定", "the report year comes from the title"));
        gklint_range at = f_.doc(*y.range);
        if (info_.has_title && at.end - at.begin == 4) d.fix(at, r, false);  // not when wrapped over lines
    }

    // A date other than 1月1日 (start) or 12月31日 (end); `range` covers month and day.
    void date(const Part& month, const Part& day, bool start) {
        if (!month.value || !month.range) return;
        int want_month = start ? 1 : 12, want_day = start ? 1 : 31;
        bool ok = *month.value == want_month && (!day.value || *day.value == want_day);
        if (ok) return;
        ByteRange r{month.range->begin, day.range ? day.range->end : month.range->end + 3 /* 月 */};
        // Take the 日/号 after the day along.
        if (day.range && f_.flat.compare(r.end, 3, "日") == 0) r.end += 3;
        else if (day.range && f_.flat.compare(r.end, 3, "号") == 0) r.end += 3;
        std::string written(f_.text(r));
        const char* want = start ? "1月1日" : "12月31日";
        auto d = ctx_.report(f_.doc(r), ctx_.english()
                                            ? std::string("the statistics period must ") +
                                                  (start ? "start on 1 January" : "end on 31 December") +
                                                  " (the whole report year), not on " + written
                                            : std::string("统计期限应") + (start ? "自1月1日起" : "至12月31日止") +
                                                  "（报告年度全年），此处写作“" + written + "”");
        if (written.find("月") != std::string::npos) d.fix(f_.doc(r), want, false);  // not for 2020.12.31
    }

    int statements = 0;

private:
    const Context& ctx_;
    const Front& f_;
    gklint_report_info info_;
    std::optional<int> year_;
};

}  // namespace

void check_statistics_period(Context& ctx) {
    if (!ctx.has_model()) return;
    Front f(ctx);
    PeriodCheck check(ctx, f);
    std::string_view flat = f.flat;
    for (const Utf8Regex* re : {&range_re(), &numeric_range_re()}) {
        for (const auto& m : re->find_all(flat)) {
            if (!statistics_context(f, m.whole.begin) || f.in_table(f.doc(m.whole))) continue;
            ++check.statements;
            check.year(part(f, m, 0, 1), true);
            check.date(part(f, m, 0, 2), part(f, m, 0, 3), true);
            check.year(part(f, m, 0, 4), false);
            check.date(part(f, m, 0, 5), part(f, m, 0, 6), false);
        }
    }
    for (const auto& m : year_re().find_all(flat)) {
        if (f.in_table(f.doc(m.whole))) continue;
        ++check.statements;
        check.year(part(f, m, 0, 1), true);
    }
    for (const auto& m : cutoff_re().find_all(flat)) {
        if (f.in_table(f.doc(m.whole))) continue;
        ++check.statements;
        check.year(part(f, m, 0, 1), false);
        check.date(part(f, m, 0, 2), part(f, m, 0, 3), false);
    }
    if (check.statements > 0 || !f.whole_report()) return;
    // A period statement worded in a way not read above is not a missing one.
    for (std::string_view w : {"统计期限", "统计时限", "统计期间", "统计时间", "统计区间", "统计周期", "统计时段", "数据期限",
                               "数据时限", "数据的期限", "数据的时限"}) {
        for (std::size_t at = flat.find(w); at != std::string_view::npos; at = flat.find(w, at + 1))
            if (!f.in_table(f.doc({at, at + w.size()}))) return;
    }
    auto info = ctx.report_info();
    gklint_range where = info.has_title ? info.title : f.first_line();
    ctx.report(where, ctx.tr("报告未说明统计期限：应写明“本报告所列数据的统计期限自某年1月1日起至该年12月31日止”（报告年度全年）",
                             "the report does not state its statistics period: write “本报告所列数据的统计期限自YYYY年1月1日起至"
                             "YYYY年12月31日止” (the whole report year)"));
}

}  // namespace front_matter
