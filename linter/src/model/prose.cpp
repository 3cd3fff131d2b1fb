#include "model/prose.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>
#include <string>

#include <unicode/utf8.h>

#include "model/chinese_numerals.h"
#include "model/line_wrap.h"
#include "text/code_points.h"

namespace gklint {
namespace {

using Chars = CodePointIndex;

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000 || c == 0xA0 || c == U'\r'; }
bool is_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }
int digit_value(char32_t c) { return c <= U'9' ? static_cast<int>(c - U'0') : static_cast<int>(c - U'０'); }

int section_of(const std::vector<Section>& sections, std::size_t offset) {
    int found = -1;
    for (std::size_t i = 0; i < sections.size(); ++i)
        if (sections[i].present && sections[i].heading && sections[i].heading->range.begin <= offset &&
            (found < 0 || sections[static_cast<std::size_t>(found)].heading->range.begin < sections[i].heading->range.begin))
            found = static_cast<int>(i);
    return found;
}

void add_sentences(std::string_view text, Paragraph& p) {
    const Chars cs(text, p.range);
    std::size_t start = p.range.begin;
    for (std::size_t i = 0; i < cs.size(); ++i) {
        char32_t c = cs[i].c;
        bool end = c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'!' || c == U'?' || c == U';';
        if (!end) continue;
        std::size_t stop = cs[i].end;
        // Closing quotes and brackets belong to the sentence they end.
        while (i + 1 < cs.size() && (cs[i + 1].c == U'”' || cs[i + 1].c == U'’' || cs[i + 1].c == U'）')) stop = cs[++i].end;
        p.sentences.push_back({{start, stop}});
        start = stop;
    }
    if (start < p.range.end) p.sentences.push_back({{start, p.range.end}});
}

// Units after a number, longest first.
constexpr std::array<std::u32string_view, 31> kUnits = {
    U"个百分点", U"个工作日", U"个方面", U"个部分", U"万元", U"人次", U"方面", U"部分", U"工作日",
    U"元", U"条", U"件", U"项", U"个", U"次", U"篇", U"期", U"家", U"场", U"份", U"人", U"种", U"类",
    U"批", U"名", U"%", U"％", U"年", U"月", U"日", U"天"};

struct UnitAt {
    std::u32string_view unit;
    std::size_t length;  // characters from the end of the number to the end of the unit
};

// The unit after a number: blanks may stand between (PDF text "3119 件", a line
// wrapped between number and unit), and "余"/"多" ("300余条").
std::optional<UnitAt> unit_at(const Chars& cs, std::size_t from) {
    std::size_t i = from;
    bool line_break = false;
    while (i < cs.size() && (is_space(cs[i].c) || (cs[i].c == U'\n' && !line_break))) {
        line_break = line_break || cs[i].c == U'\n';
        ++i;
    }
    if (i < cs.size() && (cs[i].c == U'余' || cs[i].c == U'多')) ++i;
    for (auto unit : kUnits) {
        if (i + unit.size() > cs.size()) continue;
        bool match = true;
        for (std::size_t k = 0; k < unit.size() && match; ++k) match = cs[i + k].c == unit[k];
        if (match) return UnitAt{unit, i + unit.size() - from};
    }
    return std::nullopt;
}

std::string utf8(std::u32string_view s) {
    std::string out;
    for (char32_t c : s) {
        char buf[4];
        int32_t n = 0;
        UBool err = false;
        U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, static_cast<UChar32>(c), err);
        if (!err) out.append(buf, static_cast<std::size_t>(n));
    }
    return out;
}

}  // namespace

std::vector<Paragraph> find_paragraphs(std::string_view text, const std::vector<Section>& sections,
                                       const std::vector<Table>& tables) {
    std::vector<TextRange> excluded;
    for (const auto& t : tables)
        if (t.present) excluded.push_back(t.range);
    for (const auto& s : sections)
        if (s.present && s.heading) excluded.push_back(s.heading->range);
    std::sort(excluded.begin(), excluded.end(), [](TextRange a, TextRange b) { return a.begin < b.begin; });

    std::vector<Paragraph> out;
    auto emit = [&](std::size_t b, std::size_t e) {
        while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r')) ++b;
        while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
        // Leading ideographic spaces (3 bytes each) are indentation.
        while (e - b >= 3 && text.compare(b, 3, "\u3000") == 0) b += 3;
        if (b >= e) return;
        Paragraph p;
        p.range = {b, e};
        p.section = section_of(sections, b);
        add_sentences(text, p);
        out.push_back(std::move(p));
    };
    // A paragraph is a line, or several lines of hard-wrapped text.
    auto soft = soft_line_breaks(text);
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        auto is_soft = [&](std::size_t at) { return std::binary_search(soft.begin(), soft.end(), at); };
        std::size_t b = pos;
        for (const auto& ex : excluded) {
            if (ex.end <= b || ex.begin >= eol) continue;
            emit(b, std::max(b, ex.begin));
            b = std::max(b, ex.end);
        }
        // Wrapped lines run on while nothing excluded (a table, a heading) starts in them.
        while (is_soft(eol) && b < eol) {
            std::size_t next_eol = text.find('\n', eol + 1);
            if (next_eol == std::string_view::npos) next_eol = text.size();
            bool blocked = std::any_of(excluded.begin(), excluded.end(),
                                       [&](TextRange ex) { return ex.end > eol && ex.begin < next_eol; });
            if (blocked) break;
            eol = next_eol;
        }
        if (b < eol) emit(b, eol);
        pos = eol + 1;
    }
    return out;
}

std::vector<NumberMention> find_numbers(std::string_view text, const std::vector<Paragraph>& paragraphs) {
    std::vector<NumberMention> out;
    for (const auto& p : paragraphs) {
        const Chars cs(text, p.range);
        for (std::size_t i = 0; i < cs.size();) {
            std::size_t j = i;
            NumberMention n;
            if (is_digit(cs[i].c)) {
                bool full = false, decimal = false;
                std::string digits;
                while (j < cs.size()) {
                    if (is_digit(cs[j].c)) {
                        digits.push_back(static_cast<char>('0' + digit_value(cs[j].c)));
                        full = full || cs[j].c >= U'０';
                    } else if ((cs[j].c == U'.' || cs[j].c == U'．') && !decimal && j + 1 < cs.size() &&
                               is_digit(cs[j + 1].c)) {
                        digits.push_back('.');
                        decimal = true;
                    } else if (cs[j].c == U',' && j + 3 < cs.size() && is_digit(cs[j + 1].c) && is_digit(cs[j + 3].c)) {
                        // thousands separator: skip
                    } else {
                        break;
                    }
                    ++j;
                }
                n.value = std::strtod(digits.c_str(), nullptr);
                n.kind = decimal ? NumberKind::Decimal : (full ? NumberKind::FullWidth : NumberKind::Arabic);
                if (j < cs.size() && cs[j].c == U'万' && !(j + 1 < cs.size() && cs[j + 1].c == U'元')) {
                    n.value *= 1e4;
                    ++j;
                }
            } else if (is_chinese_numeral_char(cs[i].c) && cs[i].c != U'万' && cs[i].c != U'亿') {
                while (j < cs.size() && is_chinese_numeral_char(cs[j].c)) ++j;
                std::u32string numeral;
                for (std::size_t k = i; k < j; ++k) numeral.push_back(cs[k].c);
                auto value = chinese_numeral_value(numeral);
                // Chinese numerals count only with a unit: "四方面", "两件"; "一是", "统一" are words.
                auto unit = unit_at(cs, j);
                bool word_before = i > 0 && (cs[i - 1].c == U'第' || cs[i - 1].c == U'统' || cs[i - 1].c == U'唯');
                if (!value || !unit || word_before || unit->unit == U"年" || unit->unit == U"月" || unit->unit == U"日") {
                    i = j;
                    continue;
                }
                n.value = *value;
                n.kind = NumberKind::Chinese;
            } else {
                ++i;
                continue;
            }
            n.value_range = {cs[i].begin, cs[j - 1].end};
            std::size_t end = j;
            if (auto unit = unit_at(cs, j)) {
                n.unit = utf8(unit->unit);
                end = j + unit->length;
                if (n.unit == "%" || n.unit == "％") {
                    n.kind = NumberKind::Percent;
                    n.unit = "%";
                }
            }
            // Article numbers, ordinals and list numbering are not counts.
            bool ordinal = i > 0 && cs[i - 1].c == U'第';
            bool numbering = end < cs.size() && n.unit.empty() &&
                             (cs[end].c == U'、' || cs[end].c == U'.' || cs[end].c == U'．' || cs[end].c == U'）' ||
                              cs[end].c == U')') &&
                             (i == 0 || cs[i - 1].c == U'（' || cs[i - 1].c == U'(' || is_space(cs[i - 1].c) ||
                              cs[i - 1].c == U'。' || cs[i - 1].c == U'；' || cs[i - 1].c == U'：');
            n.role = ordinal ? "ordinal" : numbering ? "numbering" : (n.unit == "年" || n.unit == "月" || n.unit == "日") ? "date" : "count";
            n.range = {cs[i].begin, cs[end - 1].end};
            out.push_back(std::move(n));
            i = end;
        }
    }
    return out;
}

namespace {

// An enumeration marker at cs[i]: "一是", "二是"…, "（1）", "1." / "1、" at a
// sentence start. Returns its number and length in characters.
struct Marker {
    int number = 0;
    std::size_t length = 0;
    std::string style;
};

std::optional<Marker> marker_at(const Chars& cs, std::size_t i) {
    char32_t prev = i == 0 ? U'\n' : cs[i - 1].c;
    bool sentence_start = i == 0 || prev == U'。' || prev == U'；' || prev == U'：' || prev == U':' || prev == U'，' ||
                          prev == U';' || is_space(prev);
    if (is_chinese_numeral_char(cs[i].c) && i + 1 < cs.size()) {
        std::size_t j = i;
        std::u32string numeral;
        while (j < cs.size() && is_chinese_numeral_char(cs[j].c) && numeral.size() < 3) numeral.push_back(cs[j++].c);
        if (j < cs.size() && cs[j].c == U'是' && (i == 0 || !is_chinese_numeral_char(prev))) {
            auto v = chinese_numeral_value(numeral);
            // "一是" but not "唯一是", "统一是".
            if (v && *v >= 1 && *v <= 20 && prev != U'唯' && prev != U'统' && prev != U'单' && prev != U'同')
                return Marker{static_cast<int>(*v), j + 1 - i, "一是"};
        }
    }
    if ((cs[i].c == U'（' || cs[i].c == U'(') && i + 2 < cs.size() && is_digit(cs[i + 1].c) &&
        (cs[i + 2].c == U'）' || cs[i + 2].c == U')'))
        return Marker{digit_value(cs[i + 1].c), 3, "（1）"};
    if (sentence_start && is_digit(cs[i].c) && i + 1 < cs.size() &&
        (cs[i + 1].c == U'.' || cs[i + 1].c == U'、' || cs[i + 1].c == U'．') && !(i + 2 < cs.size() && is_digit(cs[i + 2].c)))
        return Marker{digit_value(cs[i].c), 2, "1."};
    return std::nullopt;
}

// "以下四方面", "如下3个方面", "N种形式", "N项措施" just before position `limit`.
std::optional<std::pair<int, TextRange>> announcement_before(const Chars& cs, std::size_t limit) {
    std::size_t from = limit > 40 ? limit - 40 : 0;
    for (std::size_t i = limit; i-- > from;) {
        // find the count word
        if (!(is_chinese_numeral_char(cs[i].c) || is_digit(cs[i].c))) continue;
        std::size_t b = i;
        while (b > from && (is_chinese_numeral_char(cs[b - 1].c) || is_digit(cs[b - 1].c))) --b;
        std::u32string numeral;
        bool digits = true;
        for (std::size_t k = b; k <= i; ++k) {
            numeral.push_back(cs[k].c);
            digits = digits && is_digit(cs[k].c);
        }
        std::size_t e = i + 1;
        if (e < cs.size() && cs[e].c == U'个') ++e;
        bool unit = false;
        for (std::u32string_view u : {U"方面", U"种", U"项", U"点", U"类", U"部分", U"条"}) {
            if (e + u.size() > cs.size()) continue;
            bool m = true;
            for (std::size_t k = 0; k < u.size() && m; ++k) m = cs[e + k].c == u[k];
            if (m) {
                unit = true;
                e += u.size();
                break;
            }
        }
        if (!unit) {
            i = b;
            continue;
        }
        // Only an announcement: "以下/如下/下列/主要有/包括" before it.
        bool announced = false;
        for (std::size_t k = b >= 4 ? b - 4 : 0; k < b; ++k)
            if (cs[k].c == U'以' || cs[k].c == U'如' || cs[k].c == U'列' || cs[k].c == U'有' || cs[k].c == U'括' ||
                cs[k].c == U'抓')
                announced = true;
        if (!announced) return std::nullopt;
        std::optional<double> v;
        if (digits) {
            double d = 0;
            for (char32_t c : numeral) d = d * 10 + digit_value(c);
            v = d;
        } else {
            v = chinese_numeral_value(numeral);
        }
        if (!v) return std::nullopt;
        return std::make_pair(static_cast<int>(*v), TextRange{cs[b].begin, cs[e - 1].end});
    }
    return std::nullopt;
}

}  // namespace

std::vector<Enumeration> find_enumerations(std::string_view text, const std::vector<Paragraph>& paragraphs) {
    std::vector<Enumeration> out;
    Enumeration open;  // the enumeration being read; none while it has no items
    auto close = [&]() {
        // One item is no enumeration, unless something announced a count.
        if (open.items.size() >= 2 || (open.announced && !open.items.empty())) {
            open.range = {open.items.front().range.begin, open.items.back().range.end};
            out.push_back(std::move(open));
        }
        open = Enumeration{};
    };
    const Paragraph* previous = nullptr;
    for (const auto& p : paragraphs) {
        const Chars cs(text, p.range);
        for (std::size_t i = 0; i < cs.size(); ++i) {
            auto m = marker_at(cs, i);
            if (!m) continue;
            bool continues = !open.items.empty() && open.style == m->style && m->number == open.items.back().number + 1;
            // "一是…二是…四是…" or "…三是…三是…" in one paragraph: the list goes on with an
            // item missing or numbered twice (narrative/enumeration-count reports it).
            bool skips = !open.items.empty() && open.style == m->style && m->style == "一是" &&
                         m->number >= open.items.back().number && m->number <= open.items.back().number + 3 &&
                         m->number != open.items.back().number + 1 && open.items.back().range.begin >= p.range.begin;
            continues = continues || skips;
            if (!continues) {
                auto announcement = announcement_before(cs, i);
                if (!announcement && i == 0 && previous) {
                    // "…做好以下三方面工作：" closing the paragraph before the items.
                    Chars before(text, previous->range);
                    if (!before.empty() && (before.back().c == U'：' || before.back().c == U':'))
                        announcement = announcement_before(before, before.size());
                }
                // An enumeration starts at its first item or — the first item lost — right after an
                // announcement ("以下三方面：二是…；三是…").
                if (m->number != 1 && !announcement) continue;
                close();
                open.style = m->style;
                if (announcement) {
                    open.announced = announcement->first;
                    open.announcement = announcement->second;
                }
            }
            if (!open.items.empty()) open.items.back().range.end = cs[i].begin;
            EnumerationItem item;
            item.number = m->number;
            item.marker = {cs[i].begin, cs[i + m->length - 1].end};
            item.range = {cs[i].begin, p.range.end};
            open.items.push_back(item);
            i += m->length - 1;
        }
        previous = &p;
        // An enumeration runs on over paragraphs only while each starts with its next item.
        if (!open.items.empty() && open.items.back().range.end == p.range.end) continue;
        close();
    }
    close();
    return out;
}

namespace {

struct ParenNumbering {
    std::u32string numeral;  // 一, 十二
    std::size_t after;       // index after the closing bracket
};

// "（一）" / "(十二)" starting at cs[i].
std::optional<ParenNumbering> paren_numbering(const Chars& cs, std::size_t i) {
    if (i + 1 >= cs.size() || (cs[i].c != U'（' && cs[i].c != U'(')) return std::nullopt;
    std::size_t j = i + 1;
    std::u32string numeral;
    while (j < cs.size() && is_chinese_numeral_char(cs[j].c)) numeral.push_back(cs[j++].c);
    if (numeral.empty() || j >= cs.size() || (cs[j].c != U'）' && cs[j].c != U')')) return std::nullopt;
    return ParenNumbering{std::move(numeral), j + 1};
}

// Web text gives a whole part on one line: its subheadings "（二）依申请公开" run on
// after the sentence before them ("…答复。 （二）依申请公开 本年新收…"). Only the
// （一） style is read there, after a full stop or a colon: inside sentences it enumerates.
void find_run_on_subheadings(std::string_view text, const Chars& cs, Section& section) {
    for (std::size_t i = 1; i + 3 < cs.size(); ++i) {
        if (cs[i].c != U'（' && cs[i].c != U'(') continue;
        std::size_t before = i;
        while (before > 0 && is_space(cs[before - 1].c)) --before;
        if (before == 0 || (cs[before - 1].c != U'。' && cs[before - 1].c != U'：')) continue;
        auto numbering = paren_numbering(cs, i);
        if (!numbering || numbering->numeral.size() > 3) continue;
        auto value = chinese_numeral_value(numbering->numeral);
        if (!value || *value < 1) continue;
        std::size_t after = numbering->after, title_end = after;
        while (title_end < cs.size() && title_end - after < 20 && !is_space(cs[title_end].c) && cs[title_end].c != U'。' &&
               cs[title_end].c != U'，' && cs[title_end].c != U'：')
            ++title_end;
        if (title_end == after) continue;
        Heading h;
        h.style = NumberingStyle::ChineseParen;
        h.number = static_cast<int>(*value);
        h.level = 2;
        h.range = {cs[i].begin, cs[title_end - 1].end};
        h.numbering = {cs[i].begin, cs[after - 1].end};
        h.text = std::string(text.substr(h.range.begin, h.range.end - h.range.begin));
        h.title = std::string(text.substr(cs[after].begin, h.range.end - cs[after].begin));
        section.subheadings.push_back(std::move(h));
        i = title_end;
    }
}

}  // namespace

void find_subheadings(std::string_view text, const std::vector<Paragraph>& paragraphs, std::vector<Section>& sections) {
    constexpr std::size_t kRunOnParagraph = 300;  // code points: a part (or more) on one line
    for (const auto& p : paragraphs) {
        if (p.section < 0) continue;
        const Chars cs(text, p.range);
        if (cs.size() > kRunOnParagraph)
            find_run_on_subheadings(text, cs, sections[static_cast<std::size_t>(p.section)]);
        if (cs.size() < 3) continue;
        Heading h;
        std::size_t after = 0;
        if (auto numbering = paren_numbering(cs, 0)) {
            h.style = NumberingStyle::ChineseParen;
            h.number = static_cast<int>(chinese_numeral_value(numbering->numeral).value_or(0));
            h.level = 2;
            after = numbering->after;
        } else if ((cs[0].c == U'（' || cs[0].c == U'(') && is_digit(cs[1].c) && (cs[2].c == U'）' || cs[2].c == U')')) {
            h.style = NumberingStyle::ArabicParen;
            h.number = digit_value(cs[1].c);
            h.level = 4;
            after = 3;
        } else if (is_digit(cs[0].c) && (cs[1].c == U'.' || cs[1].c == U'．' || cs[1].c == U'、') && !is_digit(cs[2].c)) {
            h.style = cs[1].c == U'、' ? NumberingStyle::ArabicComma : NumberingStyle::ArabicDot;
            h.number = digit_value(cs[0].c);
            h.level = 3;
            after = 2;
        } else {
            continue;
        }
        // A heading is short, or its first sentence is ("（一）主动公开情况。…").
        std::size_t title_end = cs.size();
        for (std::size_t k = after; k < cs.size(); ++k)
            if (cs[k].c == U'。' || cs[k].c == U'：' || cs[k].c == U'，' || cs[k].c == U':') {
                title_end = k;
                break;
            }
        if (title_end - after > 30 || title_end == after) continue;
        h.range = {cs[0].begin, cs[title_end - 1].end};
        h.numbering = {cs[0].begin, cs[after - 1].end};
        h.text = std::string(text.substr(h.range.begin, h.range.end - h.range.begin));
        h.title = std::string(text.substr(cs[after].begin, h.range.end - cs[after].begin));
        sections[static_cast<std::size_t>(p.section)].subheadings.push_back(std::move(h));
    }
    for (auto& section : sections)
        std::stable_sort(section.subheadings.begin(), section.subheadings.end(),
                         [](const Heading& x, const Heading& y) { return x.range.begin < y.range.begin; });
}

}  // namespace gklint
