#include "model/label_stream.h"

#include <algorithm>

namespace gklint {
namespace {

// Labels of up to this many characters must match exactly ("规章", "总计").
constexpr std::size_t kShortLabel = 4;

std::size_t allowed_distance(std::size_t length) { return length <= kShortLabel ? 0 : std::max<std::size_t>(1, length / 4); }

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
        if ((m = find_text(v, from, to, false)).found) return m;
    for (const auto& d : label.deviations)
        if ((m = find_text(d, from, to, false)).found) {
            m.exact = false;
            return m;
        }
    if (fuzzy) m = find_text(label.label, from, to, true);
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
