#include "outline.h"

#include <algorithm>

namespace structure {
namespace {

constexpr std::string_view kNumeralChars[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

}  // namespace

const std::vector<OfficialSection>& official_sections() {
    static const std::vector<OfficialSection> s = {
        // The wordings the model also recognises (the 条例 第五十条 wording, a dropped
        // character) are the templates' `variants` (rules/templates/*.yaml).
        {"overview", "一", "总体情况", "overview"},
        {"proactive", "二", "主动公开政府信息情况", "proactive disclosure"},
        {"requests", "三", "收到和处理政府信息公开申请情况", "requests for disclosure"},
        {"appeals", "四", "政府信息公开行政复议、行政诉讼情况", "administrative review and litigation"},
        {"problems", "五", "存在的主要问题及改进情况", "main problems and improvements"},
        {"other", "六", "其他需要报告的事项", "other matters to report"},
    };
    return s;
}

std::string official_heading(const OfficialSection& s) { return std::string(s.numeral) + "、" + s.title; }

std::string section_name(const Context& ctx, const OfficialSection& s) {
    if (ctx.english())
        return std::string("part ") + s.numeral + " (" + official_heading(s) + ", " + s.en + ")";
    return std::string("第") + s.numeral + "部分“" + official_heading(s) + "”";
}

Outline::Outline(const Context& c) : ctx(c), norm(c.normalized_text()), sections(c.sections()) {
    const auto& official = official_sections();
    for (std::size_t i = 0; i < sections.size() && i < official.size(); ++i)
        if (sections[i].present) placed.push_back({i, sections[i].heading, true});
    // The model takes headings in template order: a section standing before one it
    // follows in the format is not placed, and the model records its heading apart.
    for (std::size_t i = 0; i < sections.size() && i < official.size(); ++i) {
        const auto& s = sections[i];
        if (!s.present && GKLINT_HAS_FIELD(&s, gklint_section_info, misplaced_heading) && s.misplaced)
            placed.push_back({i, s.misplaced_heading, false});
    }
    std::sort(placed.begin(), placed.end(),
              [](const Placed& a, const Placed& b) { return a.heading.begin < b.heading.begin; });
    mark_order();
}

// The sections in order are the longest run of headings in document order whose
// template order increases (keeping the model's placements on a tie); the others
// stand out of order. One section moved elsewhere is then the one reported.
void Outline::mark_order() {
    const std::size_t n = placed.size();
    std::vector<int> length(n, 1), kept(n, 0), prev(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        kept[i] = placed[i].in_order ? 1 : 0;
        for (std::size_t j = 0; j < i; ++j) {
            if (placed[j].index >= placed[i].index) continue;
            int l = length[j] + 1, k = kept[j] + (placed[i].in_order ? 1 : 0);
            if (l > length[i] || (l == length[i] && k > kept[i])) {
                length[i] = l;
                kept[i] = k;
                prev[i] = static_cast<int>(j);
            }
        }
    }
    int best = -1;
    for (std::size_t i = 0; i < n; ++i)
        if (best < 0 || length[i] > length[static_cast<std::size_t>(best)] ||
            (length[i] == length[static_cast<std::size_t>(best)] && kept[i] > kept[static_cast<std::size_t>(best)]))
            best = static_cast<int>(i);
    for (auto& p : placed) p.in_order = false;
    for (int i = best; i >= 0; i = prev[static_cast<std::size_t>(i)]) placed[static_cast<std::size_t>(i)].in_order = true;
}

const Placed* Outline::find(std::size_t index) const {
    for (const auto& p : placed)
        if (p.index == index) return &p;
    return nullptr;
}

bool Outline::whole_report() const {
    return present_count() >= 3 || (present_count() >= 2 && ctx.report_info().has_title);
}

std::size_t Outline::norm_offset(std::size_t doc_offset) const { return ctx.to_normalized(doc_offset); }

gklint_range Outline::doc(std::size_t b, std::size_t e) const { return ctx.to_document(gklint_range{b, e}); }

gklint_range Outline::trimmed_line(std::size_t line) const {
    gklint_range r = ctx.line_range(line);
    std::string_view text = ctx.text();
    std::size_t len = 0;
    while (r.begin < r.end && is_blank_char(text, r.begin, &len)) r.begin += len;
    while (r.end > r.begin) {
        std::size_t e = r.end;
        // step back one character
        std::size_t b = e - 1;
        while (b > r.begin && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
        if (is_blank_char(text, b, &len) && b + len == e) r.end = b;
        else break;
    }
    return r;
}

std::size_t Outline::line_of(std::size_t doc_offset) const {
    std::size_t lo = 0, hi = ctx.line_count();
    while (lo + 1 < hi) {
        std::size_t mid = lo + (hi - lo) / 2;
        if (ctx.line_range(mid).begin <= doc_offset) lo = mid;
        else hi = mid;
    }
    return lo;
}

bool is_blank_char(std::string_view s, std::size_t at, std::size_t* length) {
    if (at >= s.size()) return false;
    char c = s[at];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        *length = 1;
        return true;
    }
    if (s.compare(at, 3, "\u3000") == 0) {
        *length = 3;
        return true;
    }
    if (s.compare(at, 2, "\u00a0") == 0) {
        *length = 2;
        return true;
    }
    return false;
}

std::string compact(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len = 0;
        if (is_blank_char(s, i, &len)) {
            i += len;
            continue;
        }
        out.push_back(s[i++]);
    }
    return out;
}

int chinese_value(std::string_view s) {
    int total = 0, digit = 0;
    bool any = false;
    for (std::size_t i = 0; i + 3 <= s.size(); i += 3) {
        std::string_view c = s.substr(i, 3);
        int d = -1;
        for (int k = 0; k < 10; ++k)
            if (c == kNumeralChars[k]) d = k;
        if (d >= 0) {
            digit = d;
        } else if (c == "十") {
            total += (digit != 0 ? digit : 1) * 10;
            digit = 0;
        } else {
            return 0;
        }
        any = true;
    }
    return any ? total + digit : 0;
}

}  // namespace structure
