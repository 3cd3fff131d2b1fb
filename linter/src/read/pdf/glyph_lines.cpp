#include "read/pdf/glyph_lines.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "text/code_points.h"

namespace gklint::pdf {
namespace {

// A gap wider than this many glyph sizes separates columns, not words. Header words
// packed closer over value columns are split by the table layout.
constexpr double kColumnGap = 1.2;
// Beside a number the gap is narrower: a label's last glyph and the value after it, and
// two numbers side by side in narrow table cells, more so.
constexpr double kNumberGap = 0.8;
constexpr double kNumbersGap = 0.4;
// Words whose vertical centres are closer than this share a line (fraction of the taller).
constexpr double kSameLine = 0.5;
// Without poppler's space, a gap wider than this (fraction of the glyph size) is still a space.
constexpr double kWordGap = 0.3;

// The first and last code points of a piece of text (0 when empty); a UTF-8 code point
// has at most 4 bytes.
char32_t first_code_point(const std::string& s) {
    std::vector<CodePoint> cps;
    decode_code_points(s, TextRange{0, std::min<std::size_t>(s.size(), 4)}, cps);
    return cps.empty() ? 0 : cps.front().c;
}

char32_t last_code_point(const std::string& s) {
    std::vector<CodePoint> cps;
    decode_code_points(s, TextRange{s.size() - std::min<std::size_t>(s.size(), 4), s.size()}, cps);
    return cps.empty() ? 0 : cps.back().c;
}

struct LineBuilder {
    std::vector<Word> words;
    double center_sum = 0;
    double center() const { return center_sum / static_cast<double>(words.size()); }
    double size() const {
        double s = 0;
        for (const Word& w : words) s = std::max(s, w.size);
        return s;
    }
};

double median_size(std::vector<Word>& words) {
    std::vector<double> sizes;
    for (const Word& w : words) sizes.push_back(w.size);
    std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2), sizes.end());
    return sizes[sizes.size() / 2];
}

// The vertical extent a word claims in line grouping: a rotated label is as tall as
// a glyph, at its centre, so that it joins one line instead of swallowing many.
double claimed_top(const Word& w) { return w.rotated ? w.center_y() - w.size / 2 : w.top; }
double claimed_bottom(const Word& w) { return w.rotated ? w.center_y() + w.size / 2 : w.bottom; }

// The narrowest gap between two words that separates columns, in glyph sizes.
double column_gap(const Word& before, const Word& after) {
    int numbers = is_number(before.text) + is_number(after.text);
    return numbers == 2 ? kNumbersGap : numbers == 1 ? kNumberGap : kColumnGap;
}

Line finish(LineBuilder& b) {
    std::sort(b.words.begin(), b.words.end(), [](const Word& x, const Word& y) { return x.left < y.left; });
    Line line;
    line.size = std::max(median_size(b.words), 1.0);
    line.top = claimed_top(b.words.front());
    line.bottom = claimed_bottom(b.words.front());
    const Word* previous = nullptr;
    for (const Word& w : b.words) {
        line.top = std::min(line.top, claimed_top(w));
        line.bottom = std::max(line.bottom, claimed_bottom(w));
        double gap = previous ? w.left - previous->right : 0;
        if (!previous || gap > column_gap(*previous, w) * line.size) {
            line.segments.push_back(Segment{w.text, w.left, w.right, {Piece{w.text, w.left, w.right, false}}, w.rotated});
        } else {
            Segment& s = line.segments.back();
            bool space = previous->space_after || gap > kWordGap * line.size;
            append_joined(s.text, w.text, space);
            s.right = std::max(s.right, w.right);
            s.pieces.push_back(Piece{w.text, w.left, w.right, space});
        }
        previous = &w;
    }
    return line;
}

}  // namespace

bool is_number(std::string_view text) {
    bool digit = false;
    for (char c : text) {
        if (c >= '0' && c <= '9') digit = true;
        else if (c != '.' && c != ',' && c != '%' && c != '-' && c != '+') return false;
    }
    return digit;
}

bool is_cjk(char32_t c) {
    return (c >= 0x2E80 && c <= 0x9FFF) ||   // radicals, CJK punctuation, kana, ideographs
           (c >= 0xF900 && c <= 0xFAFF) ||   // compatibility ideographs
           (c >= 0xFF00 && c <= 0xFFEF) ||   // full-width forms
           (c >= 0x2010 && c <= 0x2027) ||   // dashes, quotes, ellipsis
           (c >= 0x20000 && c <= 0x3FFFF);  // extension ideographs
}

void append_joined(std::string& to, const std::string& piece, bool space) {
    if (!to.empty() && !piece.empty()) {
        bool cjk = is_cjk(last_code_point(to)) && is_cjk(first_code_point(piece));
        if (space && !cjk) to += ' ';
    }
    to += piece;
}

std::vector<Line> lines_of(std::vector<Word> words) {
    std::stable_sort(words.begin(), words.end(),
                     [](const Word& a, const Word& b) { return a.center_y() < b.center_y(); });
    std::vector<Line> lines;
    LineBuilder current;
    for (Word& w : words) {
        if (!current.words.empty() &&
            std::abs(w.center_y() - current.center()) > kSameLine * std::max(w.size, current.size())) {
            lines.push_back(finish(current));
            current = LineBuilder{};
        }
        current.center_sum += w.center_y();
        current.words.push_back(std::move(w));
    }
    if (!current.words.empty()) lines.push_back(finish(current));
    return lines;
}

}  // namespace gklint::pdf
