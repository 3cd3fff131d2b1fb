#include "model/sections.h"

#include <algorithm>
#include <optional>

#include <unicode/utf8.h>

#include "model/chinese_numerals.h"
#include "normalize/fold.h"

namespace gklint {
namespace {

constexpr std::u32string_view kDigits = U"〇一二三四五六七八九";

bool is_numeral_char(char32_t c) { return kDigits.find(c) != std::u32string_view::npos || c == U'十'; }

struct Candidate {
    std::size_t begin;        // byte offset of the numeral (of "第" in "第N部分")
    std::size_t title_begin;  // byte offset after "、" (after "部分" and its separator)
    int number;
    NumberingStyle style = NumberingStyle::ChineseComma;
};

bool is_title_separator(UChar32 c) {
    return c == ' ' || c == '\t' || c == 0x3000 || c == 0x3001 || c == 0xFF1A || c == ':' || c == 0xFF0C || c == 0xFF0E ||
           c == '.' || c == 0x00A0;
}

// "部分" right after a numeral at `pos`, then separators: the title's byte offset.
std::optional<int32_t> after_part_word(const uint8_t* s, int32_t pos, int32_t n) {
    static constexpr std::string_view kPart = "部分";
    if (n - pos < static_cast<int32_t>(kPart.size()) ||
        std::string_view(reinterpret_cast<const char*>(s) + pos, kPart.size()) != kPart)
        return std::nullopt;
    int32_t p = pos + static_cast<int32_t>(kPart.size());
    while (p < n) {
        int32_t q = p;
        UChar32 c;
        U8_NEXT(s, q, n, c);
        if (!is_title_separator(c)) break;
        p = q;
    }
    return p;
}

// "N、" anywhere except inside an ordinal or a longer numeral; "第N部分" (a part
// heading, "第一部分 总体情况") where the ordinal is followed by 部分.
std::vector<Candidate> heading_candidates(std::string_view text) {
    std::vector<Candidate> out;
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const auto n = static_cast<int32_t>(text.size());
    int32_t pos = 0;
    char32_t prev = U'\n';
    while (pos < n) {
        int32_t start = pos;
        UChar32 c;
        U8_NEXT(s, pos, n, c);
        if (c < 0) {
            prev = U'?';
            continue;
        }
        // Web text runs headings on after anything ("…32.52元三、收到…"); the title
        // that must follow keeps this precise. Only an ordinal ("第三、") is excluded.
        bool boundary = prev != U'第' && !is_numeral_char(prev);
        if (boundary && is_numeral_char(static_cast<char32_t>(c))) {
            std::u32string numeral(1, static_cast<char32_t>(c));
            int32_t p = pos;
            UChar32 d = 0;
            while (p < n) {
                int32_t q = p;
                U8_NEXT(s, q, n, d);
                if (d >= 0 && is_numeral_char(static_cast<char32_t>(d)) && numeral.size() < 3) {
                    numeral.push_back(static_cast<char32_t>(d));
                    p = q;
                    continue;
                }
                if (d == 0x3001 || d == '.' || d == 0xFF0E || d == 0xFF0C) {
                    int value = static_cast<int>(chinese_numeral_value(numeral).value_or(0));
                    if (value > 0) out.push_back({static_cast<std::size_t>(start), static_cast<std::size_t>(q), value});
                }
                break;
            }
        }
        if (c == U'第' && pos < n) {
            std::u32string numeral;
            int32_t p = pos;
            while (p < n && numeral.size() < 3) {
                int32_t q = p;
                UChar32 d;
                U8_NEXT(s, q, n, d);
                if (d < 0 || !is_numeral_char(static_cast<char32_t>(d))) break;
                numeral.push_back(static_cast<char32_t>(d));
                p = q;
            }
            auto title = numeral.empty() ? std::nullopt : after_part_word(s, p, n);
            int value = title ? static_cast<int>(chinese_numeral_value(numeral).value_or(0)) : 0;
            if (value > 0)
                out.push_back({static_cast<std::size_t>(start), static_cast<std::size_t>(*title), value,
                               NumberingStyle::PartOrdinal});
        }
        prev = static_cast<char32_t>(c);
    }
    return out;
}

struct TitleFit {
    bool ok = false;
    std::size_t distance = 0;
    std::size_t end_byte = 0;  // end of the matched title
};

// What follows a heading numeral, folded once for every section title tried.
FoldedLabel heading_window(std::string_view text, std::size_t title_begin) {
    // The line break searched for within the window only: a one-line page has thousands of candidates.
    std::size_t window_end = std::min(text.size(), title_begin + 150);
    std::size_t line_end = text.substr(0, window_end).find('\n', title_begin);
    if (line_end != std::string_view::npos) window_end = line_end;
    return fold_label(text.substr(title_begin, window_end - title_begin), title_begin);
}

struct SectionTitles {
    std::vector<std::u32string> folded;  // title, then variants
};

TitleFit fit_title(const FoldedLabel& after, const SectionTitles& titles) {
    TitleFit best;
    for (const auto& want : titles.folded) {
        if (want.empty() || after.text.empty()) continue;
        // Cheap test first: the title's first or second character opens the heading.
        std::u32string_view start = std::u32string_view(after.text).substr(0, 3);
        if (start.find(want[0]) == std::u32string_view::npos &&
            (want.size() < 2 || start.find(want[1]) == std::u32string_view::npos))
            continue;
        std::u32string_view head = std::u32string_view(after.text).substr(0, want.size() + 4);
        auto m = best_substring_match(want, head);
        // The title must start the heading (allowing a stray character).
        std::size_t limit = std::max<std::size_t>(1, want.size() / 4);
        if (m.begin > 1 || m.distance > limit || m.end == 0) continue;
        if (!best.ok || m.distance < best.distance) best = {true, m.distance, after.end[m.end - 1]};
    }
    return best;
}

// Only blanks (or Markdown marks) between the start of its line and `at`.
bool starts_line(std::string_view text, std::size_t at) {
    while (at > 0 && text[at - 1] != '\n') {
        char c = text[at - 1];
        if (c == ' ' || c == '\t' || c == '\r' || c == '#' || c == '*' || c == '>') {
            --at;
            continue;
        }
        if (at >= 3 && text.compare(at - 3, 3, "\u3000") == 0) {
            at -= 3;
            continue;
        }
        return false;
    }
    return true;
}

// A heading line with a title of its own: short, not a sentence, not a table row's
// label ("四、结转下年度继续办理" stands between parts 三 and 四 too).
std::optional<std::size_t> own_title_end(std::string_view text, const Candidate& c,
                                         const std::vector<std::u32string>& row_labels) {
    if (!starts_line(text, c.begin)) return std::nullopt;
    std::size_t line_end = text.find('\n', c.title_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::string_view title = text.substr(c.title_begin, line_end - c.title_begin);
    while (!title.empty() && (title.back() == ' ' || title.back() == '\r' || title.back() == '\t')) title.remove_suffix(1);
    FoldedLabel folded = fold_label(title, c.title_begin);
    if (folded.text.size() < 2 || folded.text.size() > 30) return std::nullopt;
    for (char32_t ch : folded.text)
        if (ch == U'。' || ch == U'；' || ch == U'，') return std::nullopt;
    for (const auto& label : row_labels) {
        auto m = best_substring_match(label, folded.text);
        if (m.distance <= std::max<std::size_t>(1, label.size() / 4)) return std::nullopt;
    }
    return c.title_begin + title.size();
}

std::vector<std::u32string> table_row_labels(const ReportTemplate& tmpl) {
    std::vector<std::u32string> out;
    auto add = [&](const std::vector<TemplateLabel>& labels) {
        for (const auto& l : labels) out.push_back(fold_label_text(l.label));
    };
    for (const auto& t : tmpl.tables) {
        add(t.rows);
        for (const auto& b : t.blocks) add(b.rows);
    }
    return out;
}

}  // namespace

SectionScan find_sections(std::string_view text, const ReportTemplate& tmpl) {
    SectionScan scan;
    auto candidates = heading_candidates(text);
    struct Chosen {
        std::size_t section;
        const Candidate* candidate;
        TitleFit fit;
    };
    std::vector<Chosen> chosen;
    std::vector<FoldedLabel> windows;
    windows.reserve(candidates.size());
    for (const auto& c : candidates) windows.push_back(heading_window(text, c.title_begin));
    std::vector<SectionTitles> all_titles;
    for (const auto& ts : tmpl.sections) {
        SectionTitles titles;
        titles.folded.push_back(fold_label_text(ts.title));
        for (const auto& v : ts.variants) titles.folded.push_back(fold_label_text(v));
        all_titles.push_back(std::move(titles));
    }
    std::size_t after = 0;  // headings are taken in document order
    for (std::size_t si = 0; si < tmpl.sections.size(); ++si) {
        const auto& ts = tmpl.sections[si];
        const SectionTitles& titles = all_titles[si];
        int expected = static_cast<int>(chinese_numeral_value(fold_label_text(ts.number)).value_or(0));
        const Candidate* pick = nullptr;
        TitleFit pick_fit;
        for (std::size_t ci = 0; ci < candidates.size(); ++ci) {
            const Candidate& c = candidates[ci];
            if (c.begin < after) continue;
            TitleFit fit = fit_title(windows[ci], titles);
            if (!fit.ok) continue;
            // Prefer the heading numbered as the template numbers it.
            if (!pick || (c.number == expected && pick->number != expected)) {
                pick = &c;
                pick_fit = fit;
                if (c.number == expected) break;
            }
        }
        if (pick) {
            chosen.push_back({si, pick, pick_fit});
            after = pick_fit.end_byte;
        }
    }

    // A part whose title was not recognised may still have its heading where the part
    // belongs: numbered as the template numbers it, on a line of its own, between the
    // parts found before and after it ("四、其他情况说明"). It is that part, with a
    // title of its own (structure/heading-text reports the title).
    std::optional<std::vector<std::u32string>> row_labels;  // folded only when a part is missing
    std::vector<Chosen> by_position;
    for (std::size_t si = 0; si < tmpl.sections.size(); ++si) {
        auto found = [&](std::size_t k) {
            return std::find_if(chosen.begin(), chosen.end(), [&](const Chosen& ch) { return ch.section == k; });
        };
        if (found(si) != chosen.end()) continue;
        std::size_t lower = 0, upper = text.size();
        bool has_before = false;
        for (const auto& ch : chosen) {
            if (ch.section < si) {
                lower = std::max(lower, ch.fit.end_byte);
                has_before = true;
            }
            if (ch.section > si) upper = std::min(upper, ch.candidate->begin);
        }
        if (!has_before && si > 0) continue;
        int expected = static_cast<int>(chinese_numeral_value(fold_label_text(tmpl.sections[si].number)).value_or(0));
        for (const auto& c : candidates) {
            if (c.begin < lower || c.begin >= upper || c.number != expected) continue;
            if (!row_labels) row_labels = table_row_labels(tmpl);
            auto end = own_title_end(text, c, *row_labels);
            if (!end) continue;
            TitleFit fit{true, 0, *end};
            by_position.push_back({si, &c, fit});
            break;
        }
    }
    chosen.insert(chosen.end(), by_position.begin(), by_position.end());

    scan.sections.resize(tmpl.sections.size());
    for (std::size_t si = 0; si < tmpl.sections.size(); ++si) {
        auto& s = scan.sections[si];
        s.key = tmpl.sections[si].key;
        s.number = static_cast<int>(si) + 1;
    }
    std::sort(chosen.begin(), chosen.end(), [](const Chosen& a, const Chosen& b) { return a.candidate->begin < b.candidate->begin; });
    // A chosen candidate as the model's heading: its line, unless the text runs on
    // after the title (web text).
    auto heading_of = [&](const Candidate& c, const TitleFit& fit) {
        std::size_t line_end = text.find('\n', c.begin);
        if (line_end == std::string_view::npos) line_end = text.size();
        std::size_t heading_end = line_end - c.begin > 60 ? fit.end_byte : line_end;
        while (heading_end > c.begin && (text[heading_end - 1] == '\r' || text[heading_end - 1] == ' ')) --heading_end;
        Heading h;
        h.level = 1;
        h.style = c.style;
        h.number = c.number;
        h.range = {c.begin, heading_end};
        h.numbering = {c.begin, c.title_begin};
        h.text = std::string(text.substr(h.range.begin, h.range.end - h.range.begin));
        h.title = std::string(text.substr(c.title_begin, fit.end_byte - c.title_begin));
        return h;
    };
    for (const auto& ch : chosen) {
        auto& s = scan.sections[ch.section];
        s.present = true;
        s.heading = heading_of(*ch.candidate, ch.fit);
    }
    // Headings of parts not taken because they stand out of order ("六、…" before "五、…"):
    // recorded with their part (structure/section-order reports them), and they end the
    // body of the part before them.
    std::vector<std::size_t> boundaries;
    for (std::size_t ci = 0; ci < candidates.size(); ++ci) {
        const Candidate& c = candidates[ci];
        if (std::any_of(chosen.begin(), chosen.end(), [&](const Chosen& ch) { return ch.candidate == &c; })) continue;
        for (std::size_t si = 0; si < all_titles.size(); ++si) {
            TitleFit fit = fit_title(windows[ci], all_titles[si]);
            if (!fit.ok) continue;
            boundaries.push_back(c.begin);
            auto& s = scan.sections[si];
            if (!s.present && !s.misplaced) s.misplaced = heading_of(c, fit);
            break;
        }
    }
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        auto& s = scan.sections[chosen[i].section];
        std::size_t heading_end = s.heading->range.end;
        std::size_t body_end = i + 1 < chosen.size() ? chosen[i + 1].candidate->begin : text.size();
        for (std::size_t b : boundaries)
            if (b >= heading_end && b < body_end) body_end = b;
        s.body = {heading_end, body_end};
        scan.level1_order.push_back(*s.heading);
    }
    return scan;
}

}  // namespace gklint
