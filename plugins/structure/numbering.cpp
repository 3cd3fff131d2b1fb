// structure/numbering: the headings below level 1 — （一）, 1. / 1、, （1） — are numbered
// in one style per level, without gaps, duplicates or restarts.
// See docs/rules/structure/numbering.md.
#include <array>
#include <string>
#include <vector>

#include "outline.h"
#include "rules.h"

namespace structure {
namespace {

// Numbering styles of the model (gklint_heading_info.style).
constexpr int kChineseParen = 2;  // （一）
constexpr int kArabicDot = 3;     // 1.
constexpr int kArabicComma = 4;   // 1、
constexpr int kArabicParen = 5;   // （1）

// The ways of writing number n in a style, for finding an item the model did not
// take for a heading (its first clause is long).
std::vector<std::string> markers(int style, int n) {
    std::string a = std::to_string(n), c = chinese_numeral(n);
    switch (style) {
        case kChineseParen: return {"（" + c + "）", "(" + c + ")", "（" + c + ")", "(" + c + "）"};
        case kArabicDot: return {a + ".", a + "．"};
        case kArabicComma: return {a + "、"};
        case kArabicParen: return {"（" + a + "）", "(" + a + ")", "（" + a + ")", "(" + a + "）"};
        default: return {};
    }
}

std::string shown(int style, int n) { return markers(style, n).empty() ? std::to_string(n) : markers(style, n)[0]; }

struct Entry {
    gklint_range range;  // the paragraph
    const gklint_heading_info* heading = nullptr;
};

class SectionNumbering {
public:
    SectionNumbering(const Context& ctx, const Outline& o, std::vector<Entry> entries)
        : ctx_(ctx), o_(o), entries_(std::move(entries)) {}

    void run() {
        for (std::size_t k = 0; k < entries_.size(); ++k) {
            const gklint_heading_info* h = entries_[k].heading;
            if (!h) {
                for (auto& p : plain_) p = true;
                continue;
            }
            if (h->level < 2 || h->level > 4) continue;
            std::size_t L = static_cast<std::size_t>(h->level);
            check(k, *h, L);
            last_[L] = k;
            has_last_[L] = true;
            plain_[L] = false;
            for (std::size_t d = L + 1; d < last_.size(); ++d) {
                has_last_[d] = false;
                scope_[d] = k + 1;
            }
        }
    }

private:
    const gklint_heading_info& at(std::size_t k) const { return *entries_[k].heading; }

    std::string written(const gklint_heading_info& h) const {
        return compact(o_.norm.substr(o_.norm_offset(h.numbering.begin),
                                      o_.norm_offset(h.numbering.end) - o_.norm_offset(h.numbering.begin)));
    }

    // An item numbered n in this style starts one of the paragraphs [first, end).
    bool item_between(std::size_t first, std::size_t end, int style, int n) const {
        auto ms = markers(style, n);
        for (std::size_t k = first; k < end; ++k) {
            const auto& r = entries_[k].range;
            std::string start = compact(o_.norm.substr(o_.norm_offset(r.begin), 64));
            for (const auto& m : ms)
                if (start.compare(0, m.size(), m) == 0) return true;
        }
        return false;
    }

    void check(std::size_t k, const gklint_heading_info& h, std::size_t L) {
        bool en = ctx_.english();
        std::string mine = written(h);
        if (!has_last_[L]) {
            if (h.number <= 1) return;
            // The first of its level is not number 1: a sibling written in another style
            // (（1） … （二）), or the first items are missing.
            for (std::size_t g = scope_[L]; g < k; ++g) {
                if (!entries_[g].heading) continue;
                const auto& other = at(g);
                if (other.number == h.number - 1 && other.style != h.style) {
                    ctx_.report(h.numbering, en ? "numbering styles mixed at one level: “" + mine + "” follows “" +
                                                      written(other) + "”; number the level in one style (" +
                                                      shown(h.style, 1) + ", " + shown(h.style, 2) + " …)"
                                                : "同级标题编号样式不一致：“" + written(other) + "”之后为“" + mine +
                                                      "”，同一层级应使用同一种编号（" + shown(h.style, 1) + "、" +
                                                      shown(h.style, 2) + "……）")
                        .note(other.numbering, en ? "the earlier heading of this level" : "前面的同级标题");
                    return;
                }
            }
            for (int n = 1; n < h.number; ++n)
                if (item_between(scope_[L], k, h.style, n)) return;
            ctx_.report(h.numbering, en ? "numbering starts at “" + mine + "”: “" + shown(h.style, 1) + "” is missing"
                                        : "编号从“" + mine + "”开始，缺少“" + shown(h.style, 1) + "”");
            return;
        }
        std::size_t p = last_[L];
        const auto& prev = at(p);
        std::string theirs = written(prev);
        if (h.number == prev.number + 1) {
            if (h.style != prev.style)
                ctx_.report(h.numbering, en ? "numbering styles mixed in one list: “" + theirs + "” then “" + mine + "”"
                                            : "同一组编号样式不一致：“" + theirs + "”之后为“" + mine + "”")
                    .note(prev.numbering, en ? "the item before" : "前一项");
            return;
        }
        // A new list after running text ("存在问题：1.… 2.… 改进措施：1.…").
        if (h.number == 1 && L >= 3 && plain_[L]) return;
        if (h.number > prev.number + 1) {
            for (int n = prev.number + 1; n < h.number; ++n)
                if (item_between(p + 1, k, h.style, n) || item_between(p + 1, k, prev.style, n)) return;
            std::string missing = shown(prev.style, prev.number + 1);
            if (h.number > prev.number + 2) missing += en ? " …" : "……";
            ctx_.report(h.numbering, en ? "numbering skips from “" + theirs + "” to “" + mine + "”: “" + missing +
                                              "” is missing (or does not start its line)"
                                        : "编号不连续：“" + theirs + "”之后为“" + mine + "”，缺少“" + missing +
                                              "”（或其未在行首）")
                .note(prev.numbering, en ? "the item before" : "前一项");
            return;
        }
        if (h.number == prev.number) {
            ctx_.report(h.numbering, en ? "numbering repeats “" + theirs + "”" : "编号重复：“" + theirs + "”之后又是“" + mine + "”")
                .note(prev.numbering, en ? "the same number before" : "前面的相同编号");
            return;
        }
        ctx_.report(h.numbering, en ? "numbering restarts: “" + mine + "” after “" + theirs +
                                          "” at the same level with no heading above it in between"
                                    : "编号重新开始或倒退：“" + theirs + "”之后为“" + mine + "”，其间没有上级标题")
            .note(prev.numbering, en ? "the item before" : "前一项");
    }

    const Context& ctx_;
    const Outline& o_;
    std::vector<Entry> entries_;
    std::array<std::size_t, 5> last_{};
    std::array<bool, 5> has_last_{};
    std::array<std::size_t, 5> scope_{};
    std::array<bool, 5> plain_{};
};

}  // namespace

void check_numbering(Context& ctx) {
    Outline o(ctx);
    auto paragraphs = ctx.paragraphs();
    for (std::size_t si = 0; si < o.sections.size(); ++si) {
        const auto& s = o.sections[si];
        if (!s.present || s.subheading_count == 0) continue;
        auto headings = ctx.subheadings(s, si);
        // A section out of order runs, for the model, into the section before it: stop there.
        std::size_t end = s.body.end;
        for (const auto& p : o.placed)
            if (p.heading.begin > s.heading.begin && p.heading.begin < end) end = p.heading.begin;
        std::vector<Entry> entries;
        std::size_t next = 0;
        for (const auto& p : paragraphs) {
            if (p.section != static_cast<int>(si) || p.range.begin >= end) continue;
            while (next < headings.size() && headings[next].range.begin < p.range.begin) ++next;
            // One entry per heading; a paragraph of web text holds several ("。 （二）依申请公开 …"),
            // and the text before its first heading is running text.
            std::size_t first = next;
            while (next < headings.size() && headings[next].range.begin < p.range.end) ++next;
            if (first == next || headings[first].range.begin > p.range.begin + 3)
                entries.push_back({{p.range.begin, first == next ? p.range.end : headings[first].range.begin}, nullptr});
            for (std::size_t k = first; k < next; ++k)
                entries.push_back({{headings[k].range.begin, k + 1 < next ? headings[k + 1].range.begin : p.range.end},
                                   &headings[k]});
        }
        SectionNumbering(ctx, o, std::move(entries)).run();
    }
}

}  // namespace structure
