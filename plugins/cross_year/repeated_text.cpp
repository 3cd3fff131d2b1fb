// cross-year/repeated-text: how much of this year's prose is last year's. Prose is
// compared in overlapping pieces of `shingle` characters after dropping spaces and
// punctuation and reading every run of digits as one symbol, so that a text copied
// with this year's numbers put in still counts as repeated.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <unicode/uchar.h>

#include "rules.h"
#include "text_distance.h"

namespace cross_year {
namespace {

using gklint::plugin::Context;

struct Paragraph {
    gklint_range range;
    std::u32string text;  // normalised
};

bool inside(gklint_range r, gklint_range outer) { return r.begin >= outer.begin && r.end <= outer.end; }

std::u32string normalised(std::string_view utf8) {
    std::u32string out;
    bool in_digits = false;
    for (char32_t c : plugin_common::to_u32(utf8)) {
        if (u_isdigit(static_cast<UChar32>(c))) {
            if (!in_digits) out.push_back(U'#');
            in_digits = true;
            continue;
        }
        in_digits = false;
        if (u_isalpha(static_cast<UChar32>(c))) out.push_back(c);
    }
    return out;
}

// The report's paragraphs outside its title and its statistics tables.
std::vector<Paragraph> prose(const Context& ctx) {
    std::vector<gklint_range> tables;
    for (const auto& t : ctx.tables())
        if (t.info.present) tables.push_back(t.info.range);
    gklint_report_info info = ctx.report_info();
    if (info.has_title) tables.push_back(info.title);
    std::vector<Paragraph> out;
    std::string_view text = ctx.text();
    for (const auto& p : ctx.paragraphs()) {
        if (std::any_of(tables.begin(), tables.end(), [&](gklint_range t) { return inside(p.range, t); })) continue;
        if (info.has_title && p.range.begin <= info.title.begin && p.range.end >= info.title.end &&
            p.range.end - p.range.begin < 2 * (info.title.end - info.title.begin))
            continue;  // the title's own line
        Paragraph para{p.range, normalised(text.substr(p.range.begin, p.range.end - p.range.begin))};
        if (!para.text.empty()) out.push_back(std::move(para));
    }
    return out;
}

std::uint64_t shingle_hash(std::u32string_view s) { return std::hash<std::u32string_view>{}(s); }

}  // namespace

void check_repeated_text(Context& ctx) {
    auto last = ctx.previous();
    if (!last) return;
    const double threshold = ctx.option_number("threshold").value_or(0.5);
    const auto k = static_cast<std::size_t>(std::max<long long>(2, ctx.option_integer("shingle").value_or(8)));

    std::unordered_set<std::uint64_t> seen;
    for (const auto& p : prose(*last))
        for (std::size_t i = 0; i + k <= p.text.size(); ++i)
            seen.insert(shingle_hash(std::u32string_view(p.text).substr(i, k)));
    if (seen.empty()) return;

    auto paragraphs = prose(ctx);
    std::size_t total = 0, repeated = 0;
    struct Share {
        gklint_range range;
        double share;
    };
    std::vector<Share> copied;  // paragraphs almost wholly last year's
    for (const auto& p : paragraphs) {
        std::size_t n = 0, found = 0;
        for (std::size_t i = 0; i + k <= p.text.size(); ++i, ++n)
            found += seen.count(shingle_hash(std::u32string_view(p.text).substr(i, k)));
        total += n;
        repeated += found;
        if (n >= 20 && found >= n * 9 / 10) copied.push_back({p.range, static_cast<double>(found) / static_cast<double>(n)});
    }
    // A report with little prose (a table-only page) says nothing about copying.
    if (total < 200 || paragraphs.empty()) return;
    double share = static_cast<double>(repeated) / static_cast<double>(total);
    if (share <= threshold) return;

    int percent = static_cast<int>(std::lround(share * 100));
    int limit = static_cast<int>(std::lround(threshold * 100));
    std::string path(last->path());
    auto d = ctx.report(paragraphs.front().range,
                        ctx.english() ? "The text repeats last year's report (" + path + ") at " + std::to_string(percent) +
                                            " % (pieces of " + std::to_string(k) + " characters); the limit is " +
                                            std::to_string(limit) + " %"
                                      : "正文与上年度报告（" + path + "）的重复率为" + std::to_string(percent) + "%（按" +
                                            std::to_string(k) + "字片段计），超过" + std::to_string(limit) + "%");
    std::sort(copied.begin(), copied.end(), [](const Share& a, const Share& b) { return a.share > b.share; });
    if (copied.size() > 3) copied.resize(3);
    std::sort(copied.begin(), copied.end(), [](const Share& a, const Share& b) { return a.range.begin < b.range.begin; });
    for (const auto& c : copied)
        d.note(c.range, ctx.english() ? "this paragraph is almost word for word last year's"
                                      : "本段与上年度报告几乎逐字相同");
}

}  // namespace cross_year
