#include "model/front_matter.h"

#include <algorithm>
#include <mutex>

#include <fmt/format.h>

#include "model/chinese_numerals.h"
#include "normalize/fold.h"
#include "packs/icu_regex.h"

namespace gklint {
namespace {

std::size_t first_heading(std::string_view text, const std::vector<Section>& sections) {
    std::size_t at = text.size();
    for (const auto& s : sections)
        if (s.present && s.heading) at = std::min(at, s.heading->range.begin);
    return at;
}

std::size_t end_of_last_heading(const std::vector<Section>& sections) {
    std::size_t at = 0;
    for (const auto& s : sections)
        if (s.present && s.heading) at = std::max(at, s.heading->range.end);
    return at;
}

std::string squeeze(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n') continue;
        if (s.compare(i, 2, "\u00a0") == 0) {
            ++i;
            continue;
        }
        if (s.compare(i, 3, "\u3000") == 0) {
            i += 2;
            continue;
        }
        out.push_back(s[i]);
    }
    return out;
}

const IcuRegex& regex(const char* pattern) {
    // Compiled once per pattern; IcuRegex matching is const and thread-safe.
    static std::mutex mutex;
    static std::vector<std::pair<const char*, std::unique_ptr<IcuRegex>>> cache;
    std::lock_guard lock(mutex);
    for (auto& [p, r] : cache)
        if (p == pattern) return *r;
    cache.emplace_back(pattern, std::make_unique<IcuRegex>(pattern, false));
    return *cache.back().second;
}

std::string fmt_date(int y, int m, int d) { return fmt::format("{:04}-{:02}-{:02}", y, m, d); }

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s)
        if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
    return v;
}

}  // namespace

std::optional<Title> find_title(std::string_view text, const std::vector<Section>& sections) {
    std::size_t limit = std::min(first_heading(text, sections), std::min<std::size_t>(text.size(), 1500));
    std::string_view head = text.substr(0, limit);
    std::size_t at = head.find("年度报告");
    if (at == std::string_view::npos) return std::nullopt;
    // The title is the line(s) ending with 年度报告 (a title may be broken over two lines).
    std::size_t end = at + std::string_view("年度报告").size();
    std::size_t begin = head.rfind('\n', at);
    begin = begin == std::string_view::npos ? 0 : begin + 1;
    // "营丘镇" / "2020年政府信息公开工作年度报告": the agency on the line before; or
    // "平潭综合实验区2019年" / "政府信息公开工作年度报告" (a title centred over two
    // paragraphs of a Word document or web page): the year on the line before.
    std::string line = squeeze(head.substr(begin, at - begin));
    bool line_has_year = false;
    regex("(?:19|20)\\d{2}(?=年)").for_each_match(line, [&](const RegexMatch&) { line_has_year = true; });
    if (begin > 0 && (line.empty() || (line[0] >= '0' && line[0] <= '9') || !line_has_year)) {
        std::size_t prev_end = begin - 1;
        while (prev_end > 0 && squeeze(head.substr(head.rfind('\n', prev_end - 1) == std::string_view::npos
                                                         ? 0
                                                         : head.rfind('\n', prev_end - 1) + 1,
                                                     prev_end - (head.rfind('\n', prev_end - 1) == std::string_view::npos
                                                                     ? 0
                                                                     : head.rfind('\n', prev_end - 1) + 1)))
                                    .empty())
            prev_end = head.rfind('\n', prev_end - 1) == std::string_view::npos ? 0 : head.rfind('\n', prev_end - 1);
        std::size_t prev = prev_end == 0 ? std::string_view::npos : head.rfind('\n', prev_end - 1);
        std::size_t prev_begin = prev == std::string_view::npos ? 0 : prev + 1;
        std::string agency = squeeze(head.substr(prev_begin, prev_end - prev_begin));
        bool year_before = false;
        regex("(?:19|20)\\d{2}年度?$").for_each_match(agency, [&](const RegexMatch&) { year_before = true; });
        bool joins = line.empty() || (line[0] >= '0' && line[0] <= '9') || year_before;
        if (joins && !agency.empty() && agency.size() <= 90 && agency.find("。") == std::string::npos &&
            agency.find("：") == std::string::npos && agency.find(':') == std::string::npos)
            begin = prev_begin;
    }
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t' || text[begin] == '\n')) ++begin;
    // The year in brackets after the name ("…年度报告（2021年）") belongs to the title.
    regex("^[ \\t\u3000]*[（(][ \\t]*(?:19|20)\\d{2}[ \\t]*年度?[ \\t]*[）)]").for_each_match(
        head.substr(end, std::min<std::size_t>(40, head.size() - end)), [&](const RegexMatch& m) { end += m.end; });
    Title t;
    t.range = {begin, end};
    t.text = squeeze(text.substr(begin, end - begin));
    std::optional<RegexMatch> year;
    regex("(?:19|20)\\d{2}(?=年)").for_each_match(t.text, [&](const RegexMatch& m) {
        if (!year) year = m;
    });
    if (year) {
        t.year = to_int(t.text.substr(year->begin, year->end - year->begin));
        t.agency = t.text.substr(0, year->begin);
    }
    return t;
}

IntroFacts find_intro_facts(std::string_view text, const std::vector<Section>& sections) {
    IntroFacts facts;
    std::size_t limit = std::min(first_heading(text, sections), std::min<std::size_t>(text.size(), 4000));
    // In web text the intro runs on into section 一: also look a little beyond the first heading.
    std::string_view head = text.substr(0, std::min(text.size(), limit + 600));
    regex("根据《[^》]{2,40}》").for_each_match(head, [&](const RegexMatch& m) {
        if (!facts.basis) facts.basis = TextRange{m.begin, m.end};
    });
    // "由…N个部分组成", "共分6个部分", "全文包括…等六部分", "分为六个部分", "全文共五部分".
    // Only before the first heading: "共…3个部分" in a part's text is no count of the report's.
    std::string_view intro = text.substr(0, limit);
    regex("(?:共分为?|分为|分成|共有|包括|包含|由|共)[^。；;]{0,160}?([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*个?\\s*部分(?!公开)")
        .for_each_match(intro, [&](const RegexMatch& m) {
        if (facts.part_count) return;
        auto [b, e] = m.groups[1];
        std::string_view n = intro.substr(b, e - b);
        int value = to_int(n);
        if (value == 0) value = static_cast<int>(chinese_numeral_value(fold_label_text(n)).value_or(0));
        if (value > 0) {
            facts.part_count = value;
            facts.part_count_range = TextRange{b, e};
        }
    });
    return facts;
}

std::optional<Signature> find_signature(std::string_view text, const std::vector<Section>& sections) {
    std::size_t from = end_of_last_heading(sections);
    // Searched for in the whole text from `from` (no look-behind or anchor in the
    // pattern): the text is converted for ICU once, shared with the rules.
    std::optional<RegexMatch> last;
    regex("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日").for_each_match(text, from, [&](const RegexMatch& m) {
        last = m;
    });
    if (!last) return std::nullopt;
    // The date must be the last thing written (a line of its own, or the end of the text).
    std::size_t after = last->end;
    if (!squeeze(text.substr(after)).empty() && squeeze(text.substr(after)).size() > 30) return std::nullopt;
    Signature s;
    s.date_range = TextRange{last->begin, after};
    auto g = [&](int i) { return text.substr(last->groups[i].first, last->groups[i].second - last->groups[i].first); };
    s.year = to_int(g(1));
    s.month = to_int(g(2));
    s.day = to_int(g(3));
    // The agency: the non-empty line before the date.
    std::size_t line_start = text.rfind('\n', last->begin);
    if (line_start != std::string_view::npos && line_start > 0) {
        std::size_t prev_end = line_start;
        while (prev_end > 0 && (text[prev_end - 1] == '\n' || text[prev_end - 1] == '\r' || text[prev_end - 1] == ' '))
            --prev_end;
        std::size_t prev_start = text.rfind('\n', prev_end ? prev_end - 1 : 0);
        prev_start = prev_start == std::string_view::npos ? 0 : prev_start + 1;
        std::string agency = squeeze(text.substr(prev_start, prev_end - prev_start));
        if (!agency.empty() && agency.size() <= 60 && agency.find("。") == std::string::npos) {
            s.agency = agency;
            s.agency_range = TextRange{prev_start, prev_end};
        }
    }
    return s;
}

std::optional<int> report_year_of(const ReportModel& model) {
    std::optional<int> title = model.title ? model.title->year : std::nullopt;
    std::optional<int> period = model.intro.period_start_year ? model.intro.period_start_year : model.intro.period_end_year;
    if (title && period && *title != *period && model.signature && model.signature->year) {
        // Reports are signed early in the following year (by 1月31日), at the latest in
        // the report year's December.
        int signed_in = *model.signature->year;
        bool early = model.signature->month && *model.signature->month <= 6;
        int for_year = early ? signed_in - 1 : signed_in;
        if (for_year == *period) return period;
    }
    if (title) return title;
    if (period) return period;
    return model.format.year_hint;
}

void take_period(IntroFacts& facts, const std::vector<PeriodStatement>& periods) {
    for (const auto& p : periods) {
        if (p.kind != PeriodStatement::Kind::Range || !p.start_year || !p.start_month || !p.end_month) continue;
        facts.period = p.range;
        facts.period_start_year = p.start_year->value;
        facts.period_end_year = p.end_year ? p.end_year->value : p.start_year->value;
        if (p.start_day && p.end_day) {
            facts.period_start = fmt_date(*facts.period_start_year, p.start_month->value, p.start_day->value);
            facts.period_end = fmt_date(*facts.period_end_year, p.end_month->value, p.end_day->value);
        }
        return;
    }
}

}  // namespace gklint
