#include "model/label_stream.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace gklint {
namespace {

// Labels of up to this many characters must match exactly ("规章", "总计").
constexpr std::size_t kShortLabel = 4;

std::size_t allowed_distance(std::size_t length) { return length <= kShortLabel ? 0 : std::max<std::size_t>(1, length / 4); }

// Pieces of at most this many characters inside an approximate match may be a
// neighbouring label interleaved by PDF text ("（三）不" / "理" / "予公开").
constexpr std::size_t kInterleavedToken = 6;

// The prefix of `text` closest to `pattern` (edit distance; the shortest on a tie):
// {distance, length}.
std::pair<std::size_t, std::size_t> closest_prefix(std::u32string_view pattern, std::u32string_view text) {
    std::vector<std::size_t> row(pattern.size() + 1);  // distances of pattern prefixes to text[0, i)
    for (std::size_t j = 0; j <= pattern.size(); ++j) row[j] = j;
    std::pair<std::size_t, std::size_t> best{pattern.size(), 0};
    for (std::size_t i = 1; i <= text.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= pattern.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (text[i - 1] == pattern[j - 1] ? 0 : 1)});
            diagonal = up;
        }
        if (row[pattern.size()] < best.first) best = {row[pattern.size()], i};
    }
    return best;
}

bool is_exact_wording(const TemplateLabel& label, std::u32string_view text) {
    if (text == fold_label_text(label.label)) return true;
    for (const auto& v : label.variants)
        if (text == fold_label_text(v)) return true;
    return false;
}

}  // namespace

LabelStream::LabelStream(std::string_view text, const std::vector<TableToken>& tokens, std::size_t first,
                         std::size_t last) {
    for (std::size_t t = first; t < last && t < tokens.size(); ++t) {
        if (tokens[t].is_value) continue;
        std::size_t before = folded_.text.size();
        const auto& r = tokens[t].range;
        append_folded(folded_, text.substr(r.begin, r.end - r.begin), r.begin);
        token_.insert(token_.end(), folded_.text.size() - before, t);
    }
}

std::size_t LabelStream::position_of_token(std::size_t t) const {
    return static_cast<std::size_t>(std::lower_bound(token_.begin(), token_.end(), t) - token_.begin());
}

LabelStream::Match LabelStream::find_text(std::string_view label, std::size_t from, std::size_t to, bool fuzzy) const {
    Match m;
    std::u32string pattern = fold_label_text(label);
    to = std::min(to, size());
    if (pattern.empty() || from >= to) return m;
    std::u32string_view hay = view().substr(from, to - from);
    if (auto at = hay.find(pattern); at != std::u32string_view::npos) {
        m = {true, true, from + at, from + at + pattern.size()};
        return m;
    }
    std::size_t limit = allowed_distance(pattern.size());
    if (!fuzzy || limit == 0) return m;
    auto best = best_substring_match(pattern, hay);
    if (best.distance <= limit && best.end > best.begin) m = {true, false, from + best.begin, from + best.end};
    return m;
}

LabelStream::Match LabelStream::find(const TemplateLabel& label, std::size_t from, std::size_t to, bool fuzzy) const {
    Match m = find_text(label.label, from, to, false);
    if (m.found) return m;
    for (const auto& v : label.variants)
        if ((m = find_text(v, from, to, false)).found) return longer_than_variant(label, fold_label_text(v), m, from, to);
    for (const auto& d : label.deviations)
        if ((m = find_text(d, from, to, false)).found) {
            m.exact = false;
            return m;
        }
    if (fuzzy) m = find_text(label.label, from, to, true);
    if (m.found && !m.exact && without_interleaved_tokens(label, m)) m.exact = true;
    return m;
}

// PDF text of a table whose label columns run into each other puts short pieces of a
// neighbouring label between the lines of a label ("2.申请人逾期未按收费通知要" / "他处理 求缴纳费用…",
// "（三）不" / "理" / "予公开"). The approximate match is the template's wording when up to two
// such pieces inside it, each set off by spaces or line breaks, are left out.
bool LabelStream::without_interleaved_tokens(const TemplateLabel& label, const Match& m) const {
    if (m.end <= m.begin + 2) return false;
    // Pieces: runs of the match inside one token with nothing left out between their
    // characters (a space or a line break ends a piece). The first and last are the label's.
    std::vector<std::pair<std::size_t, std::size_t>> inner;  // [begin, end) of short pieces inside
    for (std::size_t cp = m.begin; cp < m.end;) {
        std::size_t end = cp + 1;
        while (end < m.end && token_[end] == token_[end - 1] && folded_.begin[end] == folded_.end[end - 1]) ++end;
        if (cp != m.begin && end != m.end && end - cp <= kInterleavedToken) inner.emplace_back(cp, end);
        cp = end;
    }
    auto without = [&](std::size_t a, std::size_t b) {  // indexes into inner; b == a: one token
        std::u32string text;
        for (std::size_t cp = m.begin; cp < m.end; ++cp) {
            bool skip = false;
            for (std::size_t k : {a, b})
                if (k < inner.size() && cp >= inner[k].first && cp < inner[k].second) skip = true;
            if (!skip) text.push_back(folded_.text[cp]);
        }
        return is_exact_wording(label, text);
    };
    for (std::size_t a = 0; a < inner.size(); ++a)
        for (std::size_t b = a; b < inner.size(); ++b)
            if (without(a, b)) return true;
    return false;
}

// A label that goes on before or after a shorter accepted variant ("（二）部分公开" for
// "（二）部分公开（区分处理的，…）", "规范性文件" for "行政规范性文件") tried the full wording: when the
// text around the variant is near it, that is the label as written, and not exact.
LabelStream::Match LabelStream::longer_than_variant(const TemplateLabel& label, std::u32string_view variant,
                                                    const Match& m, std::size_t from, std::size_t to) const {
    std::u32string full = fold_label_text(label.label);
    to = std::min(to, size());
    if (full.size() <= variant.size() || m.end <= m.begin) return m;
    std::size_t limit = allowed_distance(full.size());
    // The variant begins the label and the text goes on as the label does.
    if (full.compare(0, variant.size(), variant) == 0 && m.end < to && view()[m.end] == full[variant.size()]) {
        std::size_t end = std::min(to, m.begin + full.size() + limit);
        auto [distance, length] = closest_prefix(full, view().substr(m.begin, end - m.begin));
        if (distance > 0 && distance <= limit && m.begin + length > m.end) return {true, false, m.begin, m.begin + length};
    }
    // The variant ends the label and its cell has more before it.
    if (full.compare(full.size() - variant.size(), variant.size(), variant) == 0 && m.begin > from &&
        token_[m.begin - 1] == token_[m.begin]) {
        std::size_t start = m.end > full.size() + limit ? std::max(from, m.end - full.size() - limit) : from;
        while (start < m.begin && token_[start] != token_[m.begin]) ++start;
        std::u32string before(view().substr(start, m.end - start)), reversed(full);
        std::reverse(before.begin(), before.end());
        std::reverse(reversed.begin(), reversed.end());
        auto [distance, length] = closest_prefix(reversed, before);
        if (distance > 0 && distance <= limit && m.end - length < m.begin) return {true, false, m.end - length, m.end};
    }
    return m;
}

LabelMatch LabelStream::describe(const TemplateLabel& label, const Match& m, std::string_view text) const {
    LabelMatch out;
    out.key = label.key;
    out.expected = label.label;
    out.found = m.found;
    out.exact = m.exact;
    if (!m.found) return out;
    out.range = {byte_begin(m.begin), byte_end(m.end)};
    std::string written;
    for (std::size_t cp = m.begin; cp < m.end; ++cp) {
        std::size_t b = folded_.begin[cp], e = folded_.end[cp];
        written.append(text.substr(b, e - b));
    }
    out.written = written;
    return out;
}

}  // namespace gklint
