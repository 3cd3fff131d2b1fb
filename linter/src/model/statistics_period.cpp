#include "model/statistics_period.h"

#include <algorithm>
#include <array>
#include <memory>
#include <iterator>
#include <string>

#include <unicode/utf8.h>

#include "model/chinese_numerals.h"
#include "packs/icu_regex.h"

namespace gklint {
namespace {

// The text without blanks and line breaks, full-width digits as ASCII; each byte
// remembers the character of the text it comes from.
struct FlatText {
    std::string text;
    std::vector<std::size_t> begin, end;  // per byte of `text`: its character in the source

    // The flat form of source[from, to) (`to` at a character boundary).
    FlatText(std::string_view source, std::size_t from, std::size_t to) {
        const auto* s = reinterpret_cast<const uint8_t*>(source.data());
        const auto n = static_cast<int32_t>(to);
        text.reserve(to - from);
        for (auto pos = static_cast<int32_t>(from); pos < n;) {
            int32_t start = pos;
            UChar32 c;
            U8_NEXT(s, pos, n, c);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x3000 ||
                c == 0x2002 || c == 0x2003 || c == 0x200B || c == 0xFEFF)
                continue;
            std::string_view out = source.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(pos - start));
            char digit = 0;
            if (c >= 0xFF10 && c <= 0xFF19) digit = static_cast<char>('0' + (c - 0xFF10));
            if (digit) out = std::string_view(&digit, 1);
            for (char ch : out) {
                text.push_back(ch);
                begin.push_back(static_cast<std::size_t>(start));
                end.push_back(static_cast<std::size_t>(pos));
            }
        }
    }
    TextRange source(std::size_t b, std::size_t e) const { return {begin[b], end[e - 1]}; }
};

#define PERIOD_YEAR "((?:19|20)[0-9]{2}|[〇零○Ｏ一二三四五六七八九]{4})"
#define PERIOD_MD "([0-9]{1,2}|[一二三四五六七八九十]{1,3})"

// A date range; the end may leave out its year ("2020年1月1日至12月31日") and both ends
// their day ("2020年1月至12月"). Groups: start year, month, day; end year, month, day.
const IcuRegex& range_re() {
    static const IcuRegex re(PERIOD_YEAR "年" PERIOD_MD "月(?:" PERIOD_MD "[日号])?(?:起|开始)?(?:至|到|—+|－|-|~|～|–)(?:" PERIOD_YEAR
                             "年)?" PERIOD_MD "月(?:" PERIOD_MD "[日号])?止?");
    return re;
}
// The same with numeric dates: "2020.1.1—2020.12.31", "2020-01-01至2020-12-31".
const IcuRegex& numeric_range_re() {
    static const IcuRegex re("((?:19|20)[0-9]{2})[./-]([0-9]{1,2})[./-]([0-9]{1,2})(?:至|到|—+|－|-|~|～|–)(?:((?:19|20)"
                             "[0-9]{2})[./-])?([0-9]{1,2})[./-]([0-9]{1,2})(?![0-9])");
    return re;
}
// "统计期限为2020年度", "统计时间为2020年全年": the whole year in one word.
const IcuRegex& whole_year_re() {
    static const IcuRegex re("(?:统计(?:期限|时限|期间|时间|区间|范围)|所列数据)[^。；！？]{0,12}?" PERIOD_YEAR
                             "年(?:度|全年)(?![0-9一二三四五六七八九十]{1,3}月)");
    return re;
}
// "数据统计截至2020年12月31日": only the end.
const IcuRegex& cutoff_re() {
    static const IcuRegex re("(?:报告|所列)[^。；！？]{0,12}?(?:统计|数据)[^。；！？]{0,10}?截[至止](?:到)?" PERIOD_YEAR
                             "年" PERIOD_MD "月" PERIOD_MD "[日号]");
    return re;
}

// Words that name the statistics period ("统计期限", "所列数据的统计时限", "数据统计时间").
constexpr std::string_view kPeriodWords[] = {
    "统计期限", "统计时限", "统计期间", "统计时间", "统计区间", "统计范围", "统计周期", "统计时段", "统计口径",
    "所列数据", "数据统计", "数据的统计", "数据期限", "数据时限", "数据的期限", "数据的时限", "数据时间", "数据的时间"};

// Does the clause just before `at` (flat text) name the statistics period?
bool names_the_period(std::string_view flat, std::size_t at) {
    std::size_t from = at > 60 ? at - 60 : 0;
    while (from < at && (static_cast<unsigned char>(flat[from]) & 0xC0) == 0x80) ++from;
    std::string_view before = flat.substr(from, at - from);
    for (std::string_view stop : {"。", "；", "！", "？", "，据"}) {
        std::size_t k = before.rfind(stop);
        if (k != std::string_view::npos) before = before.substr(k + stop.size());
    }
    if (before.size() >= 6 && before.substr(before.size() - 6, 3) == "截") return false;  // 截至: a cut-off
    return std::any_of(std::begin(kPeriodWords), std::end(kPeriodWords),
                       [&](std::string_view w) { return before.find(w) != std::string_view::npos; });
}

// "2020", "二〇二〇", "12", "十二" → the number.
std::optional<int> numeral_value(std::string_view s) {
    if (s.empty()) return std::nullopt;
    if (std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return s.size() <= 6 ? std::optional<int>(std::stoi(std::string(s))) : std::nullopt;
    std::u32string numeral;
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < n;) {
        UChar32 c;
        U8_NEXT(p, i, n, c);
        numeral.push_back(c == U'○' || c == U'Ｏ' || c == U'零' ? U'〇' : static_cast<char32_t>(c));
    }
    auto v = chinese_numeral_value(numeral);
    return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
}

bool in_tables(const std::vector<Table>& tables, TextRange r) {
    return std::any_of(tables.begin(), tables.end(), [&](const Table& t) {
        return t.present && t.range.begin <= r.begin && r.end <= t.range.end && t.range.begin < t.range.end;
    });
}

// Where statements can be: around the words that introduce them (统计期限, 所列数据, 数据统计,
// 截至…), so that the expressions run over a few windows, not the whole report.
std::vector<TextRange> windows(std::string_view text) {
    constexpr std::size_t kBefore = 90, kAfter = 360;  // bytes: a statement after blanks and a line break
    std::vector<TextRange> found;
    for (std::string_view word : {"统计", "数据", "所列", "截至", "截止"})
        for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + word.size()))
            found.push_back({at > kBefore ? at - kBefore : 0, std::min(text.size(), at + word.size() + kAfter)});
    std::sort(found.begin(), found.end(), [](TextRange a, TextRange b) { return a.begin < b.begin; });
    std::vector<TextRange> merged;
    for (auto w : found) {
        while (w.begin > 0 && (static_cast<unsigned char>(text[w.begin]) & 0xC0) == 0x80) --w.begin;
        while (w.end < text.size() && (static_cast<unsigned char>(text[w.end]) & 0xC0) == 0x80) ++w.end;
        if (!merged.empty() && w.begin <= merged.back().end) merged.back().end = std::max(merged.back().end, w.end);
        else merged.push_back(w);
    }
    return merged;
}

class Reader {
public:
    Reader(std::string_view text, TextRange window, const std::vector<Table>& tables)
        : flat_(text, window.begin, window.end), tables_(tables) {}

    std::vector<PeriodStatement> read() {
        for (const IcuRegex* re : {&range_re(), &numeric_range_re()})
            re->for_each_match(flat_.text, [&](const RegexMatch& m) {
                if (!names_the_period(flat_.text, m.begin)) return;
                add(PeriodStatement::Kind::Range, m, {1, 2, 3, 4, 5, 6});
            });
        whole_year_re().for_each_match(flat_.text,
                                       [&](const RegexMatch& m) { add(PeriodStatement::Kind::WholeYear, m, {1, 0, 0, 0, 0, 0}); });
        cutoff_re().for_each_match(flat_.text,
                                   [&](const RegexMatch& m) { add(PeriodStatement::Kind::CutOff, m, {0, 0, 0, 1, 2, 3}); });
        return std::move(out_);
    }

private:
    // `groups`: the match's group for start year, month, day, end year, month, day (0: none).
    void add(PeriodStatement::Kind kind, const RegexMatch& m, std::array<std::size_t, 6> groups) {
        PeriodStatement s;
        s.kind = kind;
        std::size_t first = m.begin;
        for (std::size_t g : groups)
            if (g && m.groups[g].first != std::string::npos) {
                first = m.groups[g].first;
                break;
            }
        s.range = flat_.source(first, m.end);
        if (in_tables(tables_, s.range)) return;
        std::optional<DatePart>* parts[] = {&s.start_year, &s.start_month, &s.start_day,
                                            &s.end_year,   &s.end_month,   &s.end_day};
        for (std::size_t k = 0; k < groups.size(); ++k) {
            std::size_t g = groups[k];
            if (!g || g >= m.groups.size() || m.groups[g].first == std::string::npos) continue;
            auto [b, e] = m.groups[g];
            auto v = numeral_value(std::string_view(flat_.text).substr(b, e - b));
            if (v) *parts[k] = DatePart{flat_.source(b, e), *v};
        }
        out_.push_back(std::move(s));
    }

    FlatText flat_;
    const std::vector<Table>& tables_;
    std::vector<PeriodStatement> out_;
};

}  // namespace

std::vector<PeriodStatement> find_statistics_periods(std::string_view text, const std::vector<Table>& tables) {
    std::vector<PeriodStatement> out;
    for (const auto& w : windows(text)) {
        auto found = Reader(text, w, tables).read();
        out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
    std::sort(out.begin(), out.end(),
              [](const PeriodStatement& a, const PeriodStatement& b) { return a.range.begin < b.range.begin; });
    return out;
}

}  // namespace gklint
