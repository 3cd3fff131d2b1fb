// structure/title: the report opens with its title — the agency, the year and the
// name of the report, 政府信息公开工作年度报告 ("营丘镇" / "2020年政府信息公开工作年度报告" on
// two lines is one title). See docs/rules/structure/title.md.
#include <string>

#include "front.h"
#include "rules.h"

namespace front_matter {
namespace {

constexpr std::string_view kName = "政府信息公开工作年度报告";
constexpr std::size_t kMaxTitleBytes = 90 * 3;  // about 90 characters

bool sentence_like(std::string_view flat) {
    return flat.size() > kMaxTitleBytes || contains_any(flat, {"。", "；", "！", "？"});
}

const Utf8Regex& year_re() {
    static const Utf8Regex re("((?:19|20)[0-9]{2}|[〇零○一二三四五六七八九]{4})年度?");
    return re;
}

// Non-blank lines of the document before `limit` (document offsets), at most `max`.
std::vector<gklint_range> lines_before(const Front& f, std::size_t limit, std::size_t max) {
    std::vector<gklint_range> out;
    for (std::size_t i = 0; i < f.ctx.line_count() && out.size() < max; ++i) {
        gklint_range r = f.ctx.line_range(i);
        if (r.begin >= limit) break;
        r.end = std::min(r.end, limit);
        ByteRange flat{f.flat_offset(r.begin), f.flat_offset(r.end)};
        if (flat.empty()) continue;
        out.push_back(r);
    }
    return out;
}

// The title when the model found none ("年度报告" misspelt): the first of the opening
// lines that names the report.
std::optional<gklint_range> title_candidate(const Front& f) {
    for (gklint_range r : lines_before(f, f.first_heading(), 3)) {
        std::string_view t = f.text({f.flat_offset(r.begin), f.flat_offset(r.end)});
        if (sentence_like(t)) continue;
        if (contains_any(t, {"信息公开", "政务公开"}) && contains_any(t, {"年度报", "年报", "报告"})) return r;
    }
    return std::nullopt;
}

// An opening line that carries the report's full name: preferred to a line the model
// took for the title that lacks it (a breadcrumb "首页 > 政府信息公开 > 年度报告").
std::optional<gklint_range> line_with_name(const Front& f) {
    for (gklint_range r : lines_before(f, f.first_heading(), 6)) {
        std::string_view t = f.text({f.flat_offset(r.begin), f.flat_offset(r.end)});
        if (!sentence_like(t) && t.find(kName) != std::string_view::npos) return r;
    }
    return std::nullopt;
}

// A short line without punctuation just before the title: the agency of a title
// written on two lines that the model read as one line.
bool agency_line_before(const Front& f, gklint_range title) {
    auto lines = lines_before(f, title.begin, 1000);
    if (lines.empty()) return false;
    std::string_view t = f.text({f.flat_offset(lines.back().begin), f.flat_offset(lines.back().end)});
    return t.size() <= 40 * 3 && !contains_any(t, {"。", "，", "；", "：", ":", "、"});
}

}  // namespace

void check_title(Context& ctx) {
    if (!ctx.has_model()) return;
    Front f(ctx);
    auto info = ctx.report_info();
    std::optional<gklint_range> title;
    if (info.has_title && !sentence_like(f.text({f.flat_offset(info.title.begin), f.flat_offset(info.title.end)})))
        title = info.title;
    else
        title = title_candidate(f);
    // In a fragment (fewer than three sections) only a title at the very top counts.
    if (title && !f.whole_report()) {
        auto top = lines_before(f, f.ctx.text().size(), 3);
        if (top.empty() || title->begin > top.back().end || f.in_table(*title)) return;
    }
    if (!title) {
        if (!f.whole_report()) return;
        ctx.report(f.first_line(),
                   ctx.tr("报告没有标题：开头应写明“机关名称＋年份＋政府信息公开工作年度报告”（如“某镇人民政府2020年政府信息公开工作年度报告”）",
                          "the report has no title: it should open with “agency + year + 政府信息公开工作年度报告” "
                          "(e.g. “某镇人民政府2020年政府信息公开工作年度报告”)"));
        return;
    }
    ByteRange flat{f.flat_offset(title->begin), f.flat_offset(title->end)};
    if (f.text(flat).find(kName) == std::string_view::npos) {
        if (auto better = line_with_name(f)) {
            title = better;
            flat = {f.flat_offset(title->begin), f.flat_offset(title->end)};
        }
    }
    std::string_view t = f.text(flat);
    auto year = year_re().find(t);

    // The report's name.
    if (t.find(kName) == std::string_view::npos) {
        std::size_t from = year ? year->whole.end : 0;
        for (std::string_view w : {"政府信息", "信息公开", "政务公开", "政府"}) {
            std::size_t k = t.find(w, year ? year->whole.end : 0);
            if (k != std::string_view::npos) {
                from = k;
                break;
            }
        }
        ByteRange name{flat.begin + from, flat.end};
        if (name.empty()) name = flat;
        std::string written(f.text(name));
        ctx.report(f.doc(name), ctx.english() ? "the title names the report “" + written +
                                                    "”; the format's name is “政府信息公开工作年度报告”"
                                              : "标题中的报告名称写作“" + written + "”，应为“政府信息公开工作年度报告”");
    }
    // The year.
    if (!year) {
        ctx.report(*title, ctx.tr("标题缺少报告年份：应为“机关名称＋YYYY年＋政府信息公开工作年度报告”",
                                  "the title does not name the report year: “agency + YYYY年 + 政府信息公开工作年度报告”"));
        return;
    }
    // The agency: before the year ("营丘镇2020年…"), or between the year and the name
    // ("2020年度国家统计局政府信息公开工作年度报告"), or on the line before.
    std::size_t name_at = t.find("政府信息公开");
    if (name_at != std::string_view::npos && year->whole.begin > name_at)
        ctx.report(*title, ctx.tr("标题中的年份应写在报告名称之前：应为“机关名称＋YYYY年＋政府信息公开工作年度报告”",
                                  "the title gives the year after the report's name: “agency + YYYY年 + "
                                  "政府信息公开工作年度报告”"));
    std::size_t first = std::min(year->whole.begin, name_at);  // what the agency must stand before
    bool before = first > 0;
    bool between = name_at != std::string_view::npos && name_at > year->whole.end;
    if (!before && !between && !agency_line_before(f, *title))
        ctx.report(*title, ctx.tr("标题缺少机关名称：应为“机关名称＋YYYY年＋政府信息公开工作年度报告”",
                                  "the title does not name the agency: “agency + YYYY年 + 政府信息公开工作年度报告”"));
}

}  // namespace front_matter
