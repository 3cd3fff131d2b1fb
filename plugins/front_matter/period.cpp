// structure/statistics-period: the statement of the period the report's figures cover
// ("本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止") must be there, in the report
// year, from 1月1日 to 12月31日. See docs/rules/structure/statistics-period.md.
#include <span>
#include <string>
#include <string_view>

#include "front.h"
#include "rules.h"

namespace front_matter {
namespace {

// Words that name the statistics period, for a statement worded in a way the model
// does not read ("统计期限：全年").
constexpr std::string_view kPeriodWords[] = {"统计期限", "统计时限", "统计期间", "统计时间", "统计区间", "统计周期",
                                             "统计时段", "数据期限", "数据时限", "数据的期限", "数据的时限"};

class PeriodCheck {
public:
    explicit PeriodCheck(const Context& ctx) : ctx_(ctx), info_(ctx.report_info()) {
        if (info_.year >= 1990 && info_.year <= 2100) year_ = info_.year;
    }

    void year(const gklint_date_part& y, bool start) {
        if (!y.present) return;
        if (!year_) year_ = y.value;  // no title: the period's first year is the reference
        if (y.value == *year_) return;
        std::string w = std::to_string(y.value), r = std::to_string(*year_);
        auto d = ctx_.report(y.range, ctx_.english() ? std::string("the statistics period ") + (start ? "starts" : "ends") +
                                                           " in " + w + ", but the report is for " + r
                                                     : std::string("统计期限的") + (start ? "起始" : "截止") + "年份写作" + w +
                                                           "年，应为报告年度" + r + "年");
        if (info_.has_title) d.note(info_.title, ctx_.tr("报告年度由标题确定", "the report year comes from the title"));
        if (info_.has_title && y.range.end - y.range.begin == 4) d.fix(y.range, r, false);  // not when wrapped over lines
    }

    // A date other than 1月1日 (start) or 12月31日 (end); the range covers month and day.
    void date(const gklint_date_part& month, const gklint_date_part& day, bool start) {
        if (!month.present) return;
        int want_month = start ? 1 : 12, want_day = start ? 1 : 31;
        if (month.value == want_month && (!day.present || day.value == want_day)) return;
        gklint_range r{month.range.begin, day.present ? day.range.end : month.range.end};
        std::string_view text = ctx_.text();
        // Take the 月 after a month alone, the 日/号 after the day along (PDF text: "1 日").
        std::size_t after = r.end;
        while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
        static constexpr std::string_view kDayUnits[] = {"日", "号"}, kMonthUnits[] = {"月"};
        for (std::string_view unit : day.present ? std::span<const std::string_view>(kDayUnits)
                                                 : std::span<const std::string_view>(kMonthUnits)) {
            if (text.compare(after, unit.size(), unit) == 0) {
                r.end = after + unit.size();
                break;
            }
        }
        std::string written(text.substr(r.begin, r.end - r.begin));
        const char* want = start ? "1月1日" : "12月31日";
        auto d = ctx_.report(r, ctx_.english() ? std::string("the statistics period must ") +
                                                     (start ? "start on 1 January" : "end on 31 December") +
                                                     " (the whole report year), not on " + written
                                               : std::string("统计期限应") + (start ? "自1月1日起" : "至12月31日止") +
                                                     "（报告年度全年），此处写作“" + written + "”");
        // Only where month and day are written plainly on one line ("3月1日"; not 2020.12.31).
        if (written.find("月") != std::string::npos && written.find('\n') == std::string::npos)
            d.fix(r, want, false);
    }

private:
    const Context& ctx_;
    gklint_report_info info_;
    std::optional<int> year_;
};

}  // namespace

void check_statistics_period(Context& ctx) {
    if (!ctx.has_model()) return;
    Front f(ctx);
    PeriodCheck check(ctx);
    auto periods = ctx.periods();
    for (const auto& p : periods) {
        check.year(p.start_year, true);
        check.date(p.start_month, p.start_day, true);
        check.year(p.end_year, false);
        check.date(p.end_month, p.end_day, false);
    }
    if (!periods.empty() || !f.whole_report()) return;
    // A period statement worded in a way not read above is not a missing one.
    for (std::string_view w : kPeriodWords) {
        for (std::size_t at = f.flat.find(w); at != std::string_view::npos; at = f.flat.find(w, at + 1))
            if (!f.in_table(f.doc({at, at + w.size()}))) return;
    }
    auto info = ctx.report_info();
    gklint_range where = info.has_title ? info.title : f.first_line();
    ctx.report(where, ctx.tr("报告未说明统计期限：应写明“本报告所列数据的统计期限自某年1月1日起至该年12月31日止”（报告年度全年）",
                             "the report does not state its statistics period: write “本报告所列数据的统计期限自YYYY年1月1日起至"
                             "YYYY年12月31日止” (the whole report year)"));
}

}  // namespace front_matter
