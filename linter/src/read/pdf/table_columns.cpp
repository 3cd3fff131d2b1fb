#include "read/pdf/table_columns.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gklint::pdf {
namespace {

// Distances in glyph sizes of the lines concerned.
constexpr double kTableBreakGap = 5.0;  // a blank band this tall ends a table
constexpr double kWrappedLabel = 2.5;   // a label line this close to a row's values belongs to that row
constexpr double kSameColumn = 0.5;     // left edges this close start the same label column

struct PlacedLine {
    const Line* line;
    std::size_t page;
};

struct Span {
    double left, right;
};

bool is_tabular(const Line& line) { return line.segments.size() >= 2; }

bool has_number(const Line& line) {
    return std::any_of(line.segments.begin(), line.segments.end(),
                       [](const Segment& s) { return is_number(s.text); });
}

// Blank space between two lines of one page; lines on different pages are adjacent.
double gap(const PlacedLine& above, const PlacedLine& below) {
    return above.page == below.page ? below.line->top - above.line->bottom : 0;
}

double size_of(const PlacedLine& a, const PlacedLine& b) { return std::max(a.line->size, b.line->size); }

struct Region {
    std::size_t begin, end;
};

// The last row's label wrapped onto the line below, closer than a paragraph's next line.
bool is_wrapped_below(const PlacedLine& above, const PlacedLine& below) {
    return !is_tabular(*below.line) && above.page == below.page &&
           below.line->center_y() - above.line->center_y() < size_of(above, below);
}

// Whether the single-column lines from `first` on, up to the next line with column gaps,
// stay in the table: they do unless a blank band ends it, or they are a caption over a
// new header row (a line with column gaps but no numbers) after rows with values.
bool singles_stay(const std::vector<PlacedLine>& lines, std::size_t first, bool had_values) {
    for (std::size_t k = first; k < lines.size(); ++k) {
        const PlacedLine& above = lines[k - 1];
        if (gap(above, lines[k]) > kTableBreakGap * size_of(above, lines[k])) return false;
        if (is_tabular(*lines[k].line)) return !(had_values && !has_number(*lines[k].line));
        if (lines[k].page != above.page) return false;
    }
    return false;
}

// A table: at least two lines with column gaps, with the lines between them that
// belong to it (wrapped labels, group labels), and wrapped label lines just below.
std::vector<Region> find_regions(const std::vector<PlacedLine>& lines) {
    std::vector<Region> regions;
    std::size_t i = 0;
    while (i < lines.size()) {
        if (!is_tabular(*lines[i].line)) {
            ++i;
            continue;
        }
        std::size_t last_tabular = i, tabular_count = 1;
        bool had_values = has_number(*lines[i].line);
        for (std::size_t k = i + 1; k < lines.size(); ++k) {
            const PlacedLine& above = lines[k - 1];
            if (gap(above, lines[k]) > kTableBreakGap * size_of(above, lines[k])) break;
            if (is_tabular(*lines[k].line)) {
                last_tabular = k;
                ++tabular_count;
                had_values = had_values || has_number(*lines[k].line);
            } else if (is_tabular(*above.line) && !singles_stay(lines, k, had_values)) {
                break;
            }
        }
        std::size_t end = last_tabular + 1;
        while (end < lines.size() && is_wrapped_below(lines[end - 1], lines[end])) ++end;
        if (tabular_count >= 2) regions.push_back({i, end});
        i = tabular_count >= 2 ? end : i + 1;
    }
    return regions;
}

double median_size(const std::vector<PlacedLine>& lines, Region r) {
    std::vector<double> sizes;
    for (std::size_t i = r.begin; i < r.end; ++i) sizes.push_back(lines[i].line->size);
    std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2), sizes.end());
    return sizes[sizes.size() / 2];
}

// Columns of one table: label columns (by where their text starts) left of the value
// columns (by the extent of the numbers in them).
class Columns {
public:
    Columns(const std::vector<PlacedLine>& lines, Region r, double size) : tolerance_(kSameColumn * size) {
        std::vector<Span> numbers;
        for (std::size_t i = r.begin; i < r.end; ++i)
            for (const Segment& s : lines[i].line->segments)
                if (is_number(s.text)) numbers.push_back({s.left, s.right});
        std::sort(numbers.begin(), numbers.end(), [](Span a, Span b) { return a.left < b.left; });
        for (Span s : numbers) {
            if (!values_.empty() && s.left <= values_.back().right + tolerance_)
                values_.back().right = std::max(values_.back().right, s.right);
            else
                values_.push_back(s);
        }
        first_value_ = values_.empty() ? std::numeric_limits<double>::infinity() : values_.front().left;
        // Label columns start where the labels of rows with values start; a header or a
        // label line on its own (wrapped, or a group label) does not make a column.
        std::vector<double> starts;
        for (std::size_t i = r.begin; i < r.end; ++i)
            if (values_.empty() ? is_tabular(*lines[i].line) : has_number(*lines[i].line))
                for (const Segment& s : lines[i].line->segments)
                    if (is_label(s) && !s.rotated) starts.push_back(s.left);
        std::sort(starts.begin(), starts.end());
        for (double x : starts)
            if (label_starts_.empty() || x > label_starts_.back() + tolerance_) label_starts_.push_back(x);
    }

    std::size_t count() const { return label_starts_.size() + values_.size(); }
    std::size_t label_count() const { return label_starts_.size(); }
    bool is_label_column(std::size_t column) const { return column < label_starts_.size(); }

    std::size_t column_of(const Segment& s) const {
        if (is_label(s) && !label_starts_.empty()) {
            std::size_t c = 0;
            while (c + 1 < label_starts_.size() && label_starts_[c + 1] <= s.left + tolerance_) ++c;
            return c;
        }
        return label_starts_.size() + value_column_of(s);
    }

    // Header words packed closer than a column gap still go to the columns under them.
    void place(const Segment& s, std::vector<std::string>& cells) const {
        if (is_label(s)) {
            append_joined(cells[column_of(s)], s.text, true);
            return;
        }
        for (const Piece& p : s.pieces)
            append_joined(cells[label_starts_.size() + value_column_of(p)], p.text, p.space_before);
    }

private:
    // Text over a value column is its header; text left of them all is a row label.
    bool is_label(const Segment& s) const {
        if (is_number(s.text) || s.left >= first_value_ - tolerance_) return false;
        return std::none_of(values_.begin(), values_.end(), [&](Span v) { return s.right > v.left && v.right > s.left; });
    }

    template <class Box>
    std::size_t value_column_of(const Box& s) const {
        if (values_.empty()) return 0;
        std::size_t best = 0;
        double best_score = -std::numeric_limits<double>::infinity();
        for (std::size_t c = 0; c < values_.size(); ++c) {
            double overlap = std::min(s.right, values_[c].right) - std::max(s.left, values_[c].left);
            double centre_distance = std::abs((s.left + s.right) / 2 - (values_[c].left + values_[c].right) / 2);
            double score = overlap > 0 ? overlap : -centre_distance;
            if (score > best_score) {
                best_score = score;
                best = c;
            }
        }
        return best;
    }

    double tolerance_;
    std::vector<Span> values_;
    double first_value_;
    std::vector<double> label_starts_;
};

bool only_labels(const Line& line, const Columns& columns) {
    return std::all_of(line.segments.begin(), line.segments.end(),
                       [&](const Segment& s) { return columns.is_label_column(columns.column_of(s)); });
}

// "一、", "（三）", "1.", "2、": a label starting so begins a row of its own.
bool starts_numbered(const std::string& text) {
    if (text.empty()) return false;
    if ((text[0] >= '0' && text[0] <= '9') || text[0] == '(' || text.rfind("（", 0) == 0) return true;
    static const char* const numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    for (const char* n : numerals)
        if (text.rfind(n, 0) == 0) return text.find("、") != std::string::npos;
    return false;
}

// A group label written a few glyphs per line down its column ("（三）不" / "予公开",
// "三、" / "本" / "年度"): the line of the row its first piece went to, when the line above
// with text in that column is such a piece and is close.
std::size_t group_label_row(const std::vector<PlacedLine>& lines, Region r, std::size_t i, double size,
                            const Columns& columns, const std::vector<std::size_t>& row_line) {
    const Line& line = *lines[i].line;
    if (line.segments.size() != 1 || starts_numbered(line.segments[0].text)) return SIZE_MAX;
    std::size_t column = columns.column_of(line.segments[0]);
    for (std::size_t k = i; k-- > r.begin;) {
        const Line& above = *lines[k].line;
        if (lines[k].page != lines[i].page || line.center_y() - above.center_y() > kWrappedLabel * size) break;
        bool in_column = std::any_of(above.segments.begin(), above.segments.end(),
                                     [&](const Segment& s) { return columns.column_of(s) == column; });
        if (!in_column) continue;
        if (has_number(above) || !only_labels(above, columns)) break;
        return row_line[k - r.begin];
    }
    return SIZE_MAX;
}

// The line of the row a label-only line belongs to: that of the group label it continues,
// or the nearest line with values on its page when close; the line itself (a row of
// its own) otherwise.
std::size_t row_line_of(const std::vector<PlacedLine>& lines, Region r, std::size_t i, double size,
                        const Columns& columns, const std::vector<std::size_t>& row_line) {
    const Line& line = *lines[i].line;
    if (has_number(line) || !only_labels(line, columns)) return i;
    if (std::size_t group = group_label_row(lines, r, i, size, columns, row_line); group != SIZE_MAX) return group;
    // Lines are in top-to-bottom order within a page: look outwards until too far.
    std::size_t best = i;
    double best_distance = kWrappedLabel * size;
    auto consider = [&](std::size_t k) {
        if (lines[k].page != lines[i].page) return false;
        double distance = std::abs(lines[k].line->center_y() - line.center_y());
        if (distance >= best_distance) return false;
        if (has_number(*lines[k].line)) {
            best_distance = distance;
            best = k;
        }
        return true;
    };
    for (std::size_t k = i; k-- > r.begin && consider(k);) {
    }
    for (std::size_t k = i + 1; k < r.end && consider(k); ++k) {
    }
    return best;
}

bool has_label_right_of(const OutputLine& row, std::size_t column, std::size_t label_count) {
    for (std::size_t c = column + 1; c < label_count; ++c)
        if (!row.cells[c].empty()) return true;
    return false;
}

// A group label written a few glyphs per row down its column, beside the rows it groups
// ("三、" / "本" / "年度" …, "（四）无" / "法提供"), is joined into the cell of its first row;
// the cells below are left blank.
void join_group_labels(std::vector<OutputLine>& rows, std::size_t first, std::size_t label_count) {
    for (std::size_t c = 0; c + 1 < label_count; ++c) {
        std::size_t head = SIZE_MAX;  // the row holding the group label being read
        for (std::size_t r = first; r < rows.size(); ++r) {
            std::string& cell = rows[r].cells[c];
            bool beside_rows = !cell.empty() && has_label_right_of(rows[r], c, label_count);
            if (beside_rows && head != SIZE_MAX && !starts_numbered(cell)) {
                append_joined(rows[head].cells[c], cell, false);
                cell.clear();
            } else {
                head = beside_rows ? r : SIZE_MAX;
            }
        }
    }
}

void lay_out_table(const std::vector<PlacedLine>& lines, Region r, std::size_t table, std::vector<OutputLine>& out) {
    double size = median_size(lines, r);
    Columns columns(lines, r, size);
    std::vector<std::size_t> row_line(r.end - r.begin);
    for (std::size_t i = r.begin; i < r.end; ++i) row_line[i - r.begin] = row_line_of(lines, r, i, size, columns, row_line);
    std::vector<std::size_t> row_at_line(r.end - r.begin, SIZE_MAX);
    std::size_t first_row = out.size();
    for (std::size_t i = r.begin; i < r.end; ++i) {
        if (row_line[i - r.begin] != i) continue;
        row_at_line[i - r.begin] = out.size();
        out.push_back(OutputLine{lines[i].page, std::vector<std::string>(columns.count()), table});
    }
    for (std::size_t i = r.begin; i < r.end; ++i) {
        OutputLine& row = out[row_at_line[row_line[i - r.begin] - r.begin]];
        for (const Segment& s : lines[i].line->segments) columns.place(s, row.cells);
    }
    join_group_labels(out, first_row, columns.label_count());
}

}  // namespace

std::vector<OutputLine> lay_out(const std::vector<PageLines>& pages) {
    std::vector<PlacedLine> lines;
    for (std::size_t p = 0; p < pages.size(); ++p)
        for (const Line& line : pages[p].lines) lines.push_back({&line, p});
    std::vector<OutputLine> out;
    std::size_t next = 0, tables = 0;
    auto plain_until = [&](std::size_t end) {
        for (; next < end; ++next) {
            OutputLine o{lines[next].page, {}, SIZE_MAX};
            for (const Segment& s : lines[next].line->segments) o.cells.push_back(s.text);
            out.push_back(std::move(o));
        }
    };
    for (Region r : find_regions(lines)) {
        plain_until(r.begin);
        lay_out_table(lines, r, tables++, out);
        next = r.end;
    }
    plain_until(lines.size());
    return out;
}

}  // namespace gklint::pdf
