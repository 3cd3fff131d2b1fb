#include "line_of.h"
#include "common.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace narrative {

namespace {

constexpr std::string_view kSentenceEnds[] = {"。", "；", ";", "！", "？", "\n\n", "\n \n", "\n\r\n"};

std::vector<std::size_t> occurrences(std::string_view text, std::string_view what) {
    std::vector<std::size_t> out;
    for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1)) out.push_back(at);
    return out;
}

}  // namespace

ReportData::ReportData(const Context& ctx) : norm(ctx.normalized_text()), sections(ctx.sections()), tables(ctx.tables()) {
    // The line breaks inside a paragraph (with a "\r" before them) wrap it: out.
    std::string_view doc_text = ctx.text();
    for (const auto& p : ctx.paragraphs()) {
        for (std::size_t at = doc_text.find('\n', p.range.begin); at != std::string_view::npos && at < p.range.end;
             at = doc_text.find('\n', at + 1)) {
            std::size_t n = ctx.to_normalized(at);
            if (n >= norm.size() || norm[n] != '\n') continue;
            if (n > 0 && norm[n - 1] == '\r') removed.push_back(n - 1);
            removed.push_back(n);
        }
    }
    if (!removed.empty()) {
        std::sort(removed.begin(), removed.end());
        removed.erase(std::unique(removed.begin(), removed.end()), removed.end());
        unwrapped.reserve(norm.size());
        std::size_t from = 0;
        for (std::size_t r : removed) {
            unwrapped.append(norm.substr(from, r - from));
            from = r + 1;
        }
        unwrapped.append(norm.substr(from));
        norm = unwrapped;
    }
    for (auto end : kSentenceEnds) sentence_ends.push_back(occurrences(norm, end));
}

Report::Report(const Context& c)
    : ctx(c), data_(c.shared<ReportData>("narrative/report")), norm(data_->norm), sections(data_->sections),
      tables(data_->tables) {}

std::size_t Report::to_model(std::size_t n) const {
    // The first k with removed[k] - k > n: k bytes were taken out before n.
    const std::vector<std::size_t>& removed = data_->removed;
    std::size_t lo = 0, hi = removed.size();
    while (lo < hi) {
        std::size_t mid = (lo + hi) / 2;
        if (removed[mid] - mid <= n) lo = mid + 1;
        else hi = mid;
    }
    return n + lo;
}

std::size_t Report::from_model(std::size_t m) const {
    const std::vector<std::size_t>& removed = data_->removed;
    return m - static_cast<std::size_t>(std::lower_bound(removed.begin(), removed.end(), m) - removed.begin());
}

gklint_range Report::doc(ByteRange r) const {
    return ctx.to_document(gklint_range{to_model(r.begin), r.end > r.begin ? to_model(r.end - 1) + 1 : to_model(r.begin)});
}

std::size_t Report::norm_offset(std::size_t doc_offset) const { return from_model(ctx.to_normalized(doc_offset)); }

ByteRange Report::norm_range(gklint_range d) const { return {norm_offset(d.begin), norm_offset(d.end)}; }

std::string_view Report::section_at(std::size_t n) const {
    std::size_t d = ctx.to_document(to_model(n));
    const gklint_section_info* best = nullptr;
    for (const auto& s : sections)
        if (s.present && s.heading.end > s.heading.begin && s.heading.begin <= d &&
            (!best || best->heading.begin < s.heading.begin))
            best = &s;
    return best ? gklint::plugin::view(best->key) : std::string_view();
}

const gklint_section_info* Report::section(std::string_view key) const {
    for (const auto& s : sections)
        if (gklint::plugin::view(s.key) == key && s.present) return &s;
    return nullptr;
}

namespace {

// A sentence inside a table's range that holds none of its cells: prose the table range
// took in ("被提起行政诉讼\n11件（其中未经复议直接起诉3件、复议后起诉8件）。" read as the
// header of table 四). Labels and cells of a table end no sentence with 。.
bool prose_line(const Table& t, std::string_view line, gklint_range where) {
    if (line.find("。") == std::string_view::npos) return false;
    for (const auto& c : t.cells)
        if (c.range.end > where.begin && c.range.begin < where.end) return false;
    return true;
}

}  // namespace

bool Report::in_table(std::size_t n) const {
    std::size_t d = ctx.to_document(to_model(n));
    // The whole line must lie in the table: a table range may start in the middle of the
    // prose line before it (the parser found a label word such as 行政复议 there).
    std::string_view doc = ctx.text();
    for (const auto& t : tables) {
        if (!t.info.present || d < t.info.range.begin || d >= t.info.range.end) continue;
        gklint_range line = plugin_common::line_around(ctx, d);
        if (t.info.range.begin <= line.begin)
            return !prose_line(t, doc.substr(line.begin, line.end - line.begin), {line.begin, line.end});
        return false;
    }
    return false;
}

const Table* Report::table(std::string_view key) const {
    for (const auto& t : tables)
        if (t.key() == key && t.info.present) return &t;
    return nullptr;
}

// A line break inside a sentence is layout (PDF text wraps lines); a blank line,
// or a line break right after a heading-like line without end punctuation, is not
// checked for: sentences end at 。；;！？ and at blank lines only (kSentenceEnds).
ByteRange Report::sentence_at(std::size_t n) const {
    std::size_t b = 0, e = norm.size();
    for (std::size_t k = 0; k < data_->sentence_ends.size(); ++k) {
        const std::vector<std::size_t>& at = data_->sentence_ends[k];
        // The last end starting before n (norm.rfind(end, n - 1)), if it ends by n.
        auto before = std::upper_bound(at.begin(), at.end(), n == 0 ? 0 : n - 1);
        if (n > 0 && before != at.begin() && *(before - 1) + kSentenceEnds[k].size() <= n)
            b = std::max(b, *(before - 1) + kSentenceEnds[k].size());
        // The first end at or after n (norm.find(end, n)).
        auto after = std::lower_bound(at.begin(), at.end(), n);
        if (after != at.end()) e = std::min(e, *after);
    }
    return {b, std::max(b, e)};
}

std::string_view Report::clause_before(ByteRange match) const {
    ByteRange sentence = sentence_at(match.begin);
    std::size_t b = sentence.begin;
    for (std::string_view comma : {"，", ",", "："}) {
        std::size_t at = rfind_after(norm, comma, match.begin, sentence.begin);
        if (at != std::string_view::npos && at >= sentence.begin && at + comma.size() > b) b = at + comma.size();
    }
    return norm.substr(b, match.end - b);
}

std::size_t rfind_after(std::string_view s, std::string_view what, std::size_t pos, std::size_t lo) {
    std::size_t hi = pos >= s.size() ? s.size() : std::min(s.size(), pos + what.size());
    if (lo > hi) return std::string_view::npos;
    std::size_t at = s.substr(lo, hi - lo).rfind(what);
    return at == std::string_view::npos ? at : lo + at;
}

std::string compact(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '\n' || c == '\r' || c == ' ' || c == '\t') continue;
        if (s.compare(i, 3, "\u3000") == 0) {
            i += 2;
            continue;
        }
        out.push_back(c);
    }
    return out;
}

bool whole_report(const std::vector<gklint_section_info>& sections) {
    int present = 0;
    for (const auto& s : sections) present += s.present ? 1 : 0;
    return present >= 3;
}


bool contains_any(std::string_view s, std::initializer_list<std::string_view> words) {
    for (auto w : words)
        if (s.find(w) != std::string_view::npos) return true;
    return false;
}

std::string show(double v) {
    char buf[64];
    if (std::fabs(v - std::round(v)) < 1e-9) std::snprintf(buf, sizeof buf, "%.0f", v);
    else std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

}  // namespace narrative
