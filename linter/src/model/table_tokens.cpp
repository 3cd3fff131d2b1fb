#include "model/table_tokens.h"

#include "normalize/fold.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>

#include <unicode/utf8.h>

namespace gklint {
namespace {

struct Piece {
    std::size_t begin, end;
    bool separated_before;  // a cell separator (| or tab or 2+ spaces) precedes it
};

bool is_space(UChar32 c) { return c >= 0 && is_unicode_space(static_cast<char32_t>(c)); }

// Folds full-width digits and signs to ASCII; other characters kept as UTF-8.
std::string ascii_digits(std::string_view s) {
    std::string out;
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    int32_t i = 0;
    while (i < n) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c >= 0xFF01 && c <= 0xFF5E) {
            out.push_back(static_cast<char>(c - 0xFEE0));
        } else if (is_space(c)) {
            continue;
        } else {
            out.append(s.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
        }
    }
    return out;
}

// "第3页", "共5页" pieces only (spaces already removed).
bool is_page_counter(std::string_view s) {
    bool any = false;
    while (!s.empty()) {
        std::string_view head;
        if (s.rfind("第", 0) == 0) head = "第";
        else if (s.rfind("共", 0) == 0) head = "共";
        else return false;
        s.remove_prefix(head.size());
        std::size_t digits = 0;
        while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
        if (digits == 0 || s.compare(digits, 3, "页") != 0) return false;
        s.remove_prefix(digits + 3);
        any = true;
    }
    return any;
}

bool is_footer(std::string_view line) {
    std::size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return false;
    line.remove_prefix(first);
    if (line.size() > 48) return false;  // "- 12 -", "第 3 页 共 10 页" are short
    std::string s = ascii_digits(line);
    auto strip = [&](std::string_view dash) {
        while (s.size() >= dash.size() && s.compare(0, dash.size(), dash) == 0) s.erase(0, dash.size());
        while (s.size() >= dash.size() && s.compare(s.size() - dash.size(), dash.size(), dash) == 0)
            s.erase(s.size() - dash.size());
    };
    // A dash on both sides ("-3-", "— 3 —"): "-1" alone is a negative value.
    auto dashed_both = [&] {
        for (std::string_view d : {"-", "—", "–", "－"})
            if (s.size() > 2 * d.size() && s.compare(0, d.size(), d) == 0 && s.compare(s.size() - d.size(), d.size(), d) == 0)
                return true;
        return false;
    }();
    for (std::string_view d : {"-", "—", "–", "－"}) strip(d);
    bool dashed = dashed_both;
    bool digits = !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
    if (dashed && digits) return true;
    // 第3页, 第 3 页 共 10 页, 共10页 第3页, 3/10: page counters in any order.
    return is_page_counter(s);
}

bool is_markdown_rule(std::string_view line) {
    bool dash = false;
    for (char c : line) {
        if (c == '-') dash = true;
        else if (c != '|' && c != ':' && c != ' ' && c != '\t') return false;
    }
    return dash;
}

// Splits one line into pieces at separators and at single spaces.
std::vector<Piece> split_line(std::string_view text, std::size_t begin, std::size_t end, int& pipes, int& tabs,
                              int& wide_gaps) {
    std::vector<Piece> pieces;
    const auto* p = reinterpret_cast<const uint8_t*>(text.data());
    auto pos = static_cast<int32_t>(begin);
    const auto stop = static_cast<int32_t>(end);
    std::size_t piece_start = begin;
    bool in_piece = false, separated = true;
    int spaces = 0;
    while (pos < stop) {
        int32_t start = pos;
        UChar32 c;
        U8_NEXT(p, pos, stop, c);
        bool sep = c == '|' || c == 0xFF5C || c == '\t';
        bool space = !sep && is_space(c);
        if (sep || space) {
            if (in_piece) {
                pieces.push_back({piece_start, static_cast<std::size_t>(start), separated});
                separated = false;
            }
            in_piece = false;
            if (sep) {
                separated = true;
                (c == '\t' ? tabs : pipes)++;
                spaces = 0;
            } else if (++spaces == 2 && !separated) {
                ++wide_gaps;
                separated = true;
            }
            continue;
        }
        if (!in_piece) {
            piece_start = static_cast<std::size_t>(start);
            in_piece = true;
            spaces = 0;
        }
    }
    if (in_piece) pieces.push_back({piece_start, end, separated});
    return pieces;
}

// The fields of a line of cells separated by TABs or pipes: [begin, end) between two
// separators, empty when only spaces lie there. A pipe at either end of the line is a
// border, not a separator; a line with no separator is one field.
struct Field {
    std::size_t begin, end;
    bool empty;
};

std::vector<Field> line_fields(std::string_view text, std::size_t begin, std::size_t end) {
    std::vector<Field> fields;
    const auto* p = reinterpret_cast<const uint8_t*>(text.data());
    auto pos = static_cast<int32_t>(begin);
    const auto stop = static_cast<int32_t>(end);
    std::size_t field_start = begin;
    bool empty = true, first_separator_is_border = false, last_is_pipe = false;
    while (pos < stop) {
        int32_t start = pos;
        UChar32 c;
        U8_NEXT(p, pos, stop, c);
        bool pipe = c == '|' || c == 0xFF5C;
        if (pipe || c == '\t') {
            if (fields.empty() && empty && pipe) first_separator_is_border = true;
            fields.push_back({field_start, static_cast<std::size_t>(start), empty});
            field_start = static_cast<std::size_t>(pos);
            empty = true;
            last_is_pipe = pipe;
            continue;
        }
        if (!is_space(c)) {
            empty = false;
            last_is_pipe = false;
        }
    }
    fields.push_back({field_start, end, empty});
    if (fields.size() > 1 && last_is_pipe && fields.back().empty) fields.pop_back();
    if (fields.size() > 1 && first_separator_is_border) fields.erase(fields.begin());
    return fields;
}

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Web text runs cells together: "规范性文件898989", "（一）予以公开270020130（二）…",
// "1.属于国家秘密00000002.其他…". Digit runs inside a label piece become value
// tokens, except the numbering of the next label ("2." is the last digit before
// a "." or "、" that is followed by text).
std::vector<TableToken> split_embedded(std::string_view text, const TableToken& label) {
    std::vector<TableToken> out;
    std::string_view s = text.substr(label.range.begin, label.range.end - label.range.begin);
    std::size_t piece_start = 0, i = 0;
    auto push = [&](std::size_t b, std::size_t e, bool value) {
        if (b >= e) return;
        TableToken t = label;
        t.range = {label.range.begin + b, label.range.begin + e};
        if (value) {
            t.is_value = true;
            t.kind = CellKind::Number;
            t.value = std::strtod(std::string(s.substr(b, e - b)).c_str(), nullptr);
            t.digit_run = e - b > 1;
        }
        if (!value && !out.empty() && !out.back().is_value) out.back().range.end = t.range.end;
        else out.push_back(t);
    };
    while (i < s.size()) {
        if (!ascii_digit(s[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < s.size() && (ascii_digit(s[j]) || (s[j] == '.' && j + 1 < s.size() && ascii_digit(s[j + 1]) &&
                                                       j > i)))
            ++j;
        bool numbering_follows = j < s.size() && (s[j] == '.' || s.compare(j, 3, "、") == 0);
        std::size_t value_end = numbering_follows ? j - 1 : j;
        // A number at the very start of the piece is the label's own numbering.
        if (i == 0 && numbering_follows) {
            i = j;
            continue;
        }
        push(piece_start, i, false);
        push(i, value_end, true);
        piece_start = value_end;
        i = j;
    }
    push(piece_start, s.size(), false);
    return out;
}

}  // namespace

std::optional<ValueText> read_value(std::string_view cell) {
    // Most cells are plain ASCII digits.
    if (!cell.empty() && cell.size() <= 15 &&
        std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return ValueText{CellKind::Number, std::strtod(std::string(cell).c_str(), nullptr), {}};
    std::string s = ascii_digits(cell);
    if (s.empty()) return std::nullopt;
    for (std::string_view placeholder : {"/", "-", "—", "——", "--", "－", "／", "无", "–", "\\", "—-"})
        if (s == placeholder) return ValueText{CellKind::Placeholder, std::nullopt, {}};
    ValueText v;
    for (std::string_view unit : {"万元", "元"}) {
        if (s.size() > unit.size() && s.compare(s.size() - unit.size(), unit.size(), unit) == 0) {
            v.unit = std::string(unit);
            s.erase(s.size() - unit.size());
            break;
        }
    }
    std::string digits;
    bool seen_digit = false, seen_dot = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            digits.push_back(c);
            seen_digit = true;
        } else if ((c == '-' || c == '+') && i == 0) {
            digits.push_back(c);
        } else if (c == '.' && seen_digit && !seen_dot) {
            digits.push_back(c);
            seen_dot = true;
        } else if (c == ',' && seen_digit && !seen_dot) {
            continue;
        } else {
            return std::nullopt;
        }
    }
    if (!seen_digit || digits.back() == '.') return std::nullopt;
    v.value = std::strtod(digits.c_str(), nullptr);
    return v;
}

namespace {

// The tokens of a grid's cells that lie in [range): labels and values as written,
// and blank cells of the columns that hold values elsewhere in the grid (a zero
// left empty is still a cell of its row).
void tokenize_grid(std::string_view text, const TableGrid& grid, TextRange range, TableTokens& out) {
    auto trimmed = [&](TextRange r) {
        std::string_view cell = text.substr(r.begin, r.end - r.begin);
        while (!cell.empty()) {
            const auto* p = reinterpret_cast<const uint8_t*>(cell.data());
            int32_t i = 0;
            UChar32 c;
            U8_NEXT(p, i, static_cast<int32_t>(cell.size()), c);
            if (!is_space(c)) break;
            r.begin += static_cast<std::size_t>(i);
            cell.remove_prefix(static_cast<std::size_t>(i));
        }
        while (!cell.empty()) {
            std::size_t i = cell.size() - 1;
            while (i > 0 && (static_cast<unsigned char>(cell[i]) & 0xC0) == 0x80) --i;
            const auto* p = reinterpret_cast<const uint8_t*>(cell.data() + i);
            int32_t k = 0;
            UChar32 c;
            U8_NEXT(p, k, static_cast<int32_t>(cell.size() - i), c);
            if (!is_space(c)) break;
            r.end -= cell.size() - i;
            cell.remove_suffix(cell.size() - i);
        }
        return r;
    };
    // Value columns: from the first column holding a number on (a column whose
    // every cell was left blank is still one).
    std::size_t first_value_column = grid.columns;
    std::vector<std::optional<ValueText>> values(grid.cells.size());
    std::vector<TextRange> ranges(grid.cells.size());
    for (std::size_t i = 0; i < grid.cells.size(); ++i) {
        ranges[i] = trimmed(grid.cells[i].range);
        if (ranges[i].begin < ranges[i].end) values[i] = read_value(text.substr(ranges[i].begin, ranges[i].end - ranges[i].begin));
        if (values[i] && values[i]->kind == CellKind::Number)
            first_value_column = std::min(first_value_column, grid.cells[i].column);
    }
    // A row keeps its blank cells when it has values, or when its only text is a row
    // label left of the values (a row of zeros left blank); a header row, with its
    // column labels over the value columns, has no blank values.
    std::vector<bool> has_value(grid.rows, false), header_like(grid.rows, false);
    for (std::size_t i = 0; i < grid.cells.size(); ++i) {
        const GridCell& cell = grid.cells[i];
        if (values[i]) has_value[cell.row] = true;
        else if (ranges[i].begin < ranges[i].end && cell.column >= first_value_column) header_like[cell.row] = true;
    }
    std::size_t row = SIZE_MAX;
    bool row_started = false;
    for (std::size_t i = 0; i < grid.cells.size(); ++i) {
        const GridCell& cell = grid.cells[i];
        if (cell.row != row) {
            row = cell.row;
            row_started = false;
        }
        const TextRange& r = ranges[i];
        if (r.begin < range.begin || r.end > range.end) continue;
        TableToken t;
        t.range = r;
        t.line = cell.row;
        if (r.begin == r.end) {
            if (!row_started || cell.column < first_value_column) continue;
            if (!has_value[cell.row] && header_like[cell.row]) continue;
            t.is_value = true;
            t.kind = CellKind::Blank;
        } else if (values[i]) {
            t.is_value = true;
            t.kind = values[i]->kind;
            t.value = values[i]->value;
            t.unit = values[i]->unit;
        }
        row_started = true;
        out.tokens.push_back(std::move(t));
    }
}

TableTokens tokenize_lines(std::string_view text, TextRange range);

// Sentences in the text of a table's region: a stretch ending in 。 back to the previous
// 。, a blank line, a cell separator (TAB, pipe, a wide gap after text on its line) or
// the region's start, across the line breaks of wrapped text. A stretch holding three
// or more single spaces between characters is a table run together on one line, not
// a sentence. The words of a sentence ("被申请行政复议6件") are no table labels.
std::vector<TextRange> sentences_in(std::string_view text, TextRange range) {
    std::vector<TextRange> out;
    static constexpr std::string_view kFullStop = "。";
    for (std::size_t at = text.find(kFullStop, range.begin); at != std::string_view::npos && at < range.end;
         at = text.find(kFullStop, at + kFullStop.size())) {
        std::size_t begin = at;
        int inner_spaces = 0;
        while (begin > range.begin) {
            char c = text[begin - 1];
            if (c == '\t' || c == '|') break;
            if (c == '\n') {
                if (begin >= range.begin + 2 && text[begin - 2] == '\n') break;
                --begin;
                continue;
            }
            if (c == ' ') {
                std::size_t run = begin - 1;
                while (run > range.begin && text[run - 1] == ' ') --run;
                bool line_start = run == range.begin || text[run - 1] == '\n';
                if (!line_start && begin - run >= 2) break;  // a wide gap after text: a cell separator
                if (!line_start) ++inner_spaces;
                begin = run;
                continue;
            }
            if (begin - range.begin >= kFullStop.size() &&
                text.compare(begin - kFullStop.size(), kFullStop.size(), kFullStop) == 0)
                break;
            --begin;
        }
        if (inner_spaces < 3) out.push_back({begin, at + kFullStop.size()});
    }
    return out;
}

void drop_sentence_words(std::vector<TableToken>& tokens, const std::vector<TextRange>& sentences) {
    if (sentences.empty()) return;
    std::erase_if(tokens, [&](const TableToken& t) {
        auto it = std::upper_bound(sentences.begin(), sentences.end(), t.range.begin,
                                   [](std::size_t b, const TextRange& s) { return b < s.begin; });
        if (it == sentences.begin()) return false;
        --it;
        return t.range.begin >= it->begin && t.range.end <= it->end;
    });
}

}  // namespace

TableTokens tokenize_table(std::string_view text, TextRange range, const std::vector<TableGrid>& grids) {
    // A table holding another (a Word layout table around the data, or a table nested in
    // a cell) is read as text around the inner one: the innermost tables are the grids.
    auto holds_another = [&](const TableGrid& outer) {
        return std::any_of(grids.begin(), grids.end(), [&](const TableGrid& g) {
            return &g != &outer && outer.range.begin <= g.range.begin && g.range.end <= outer.range.end &&
                   (outer.range.begin != g.range.begin || outer.range.end != g.range.end);
        });
    };
    std::vector<const TableGrid*> inside;
    for (const auto& g : grids)
        if (g.range.begin < range.end && g.range.end > range.begin && !holds_another(g)) inside.push_back(&g);
    if (inside.empty()) {
        TableTokens out = tokenize_lines(text, range);
        drop_sentence_words(out.tokens, sentences_in(text, range));
        return out;
    }
    TableTokens out;
    out.layout = "grid";
    // Text around the grids (captions, notes, prose) gives labels only: when the
    // document states its tables, a number outside them is no cell.
    auto labels_of = [&](TextRange part) {
        if (part.begin >= part.end) return;
        auto tokens = tokenize_lines(text, part).tokens;
        drop_sentence_words(tokens, sentences_in(text, part));
        for (auto& t : tokens)
            if (!t.is_value) out.tokens.push_back(std::move(t));
    };
    std::size_t at = range.begin;
    for (const TableGrid* g : inside) {
        labels_of({at, std::min(g->range.begin, range.end)});
        tokenize_grid(text, *g, range, out);
        at = std::max(at, g->range.end);
    }
    labels_of({at, range.end});
    return out;
}

namespace {

// A line of the table text: its fields and the tokens made of it.
struct LineCells {
    std::vector<Field> fields;
    std::size_t line = 0, first_token = 0, end_token = 0;
};

// The value most rows have (the smallest of equals); 0 for none.
std::size_t most_common(const std::map<std::size_t, std::size_t>& rows_by_value) {
    std::size_t value = 0, best = 0;
    for (const auto& [v, rows] : rows_by_value)
        if (rows > best) {
            best = rows;
            value = v;
        }
    return value;
}

// Rows of cells separated by TABs or pipes: the empty fields after a line's last label
// become blank values, and every value learns its field_gap. A line with no label
// keeps its leading empty fields only when it is a row of several cells (a row of
// values such as table 四's), not a value indented by one TAB. Blank fields of a
// header line may still pass for values: the rows' readers keep only as many
// consecutive values as the row has columns.
void add_blank_cells(const std::vector<LineCells>& lines, TableTokens& out) {
    std::vector<TableToken> tokens;
    tokens.reserve(out.tokens.size());
    std::map<std::size_t, std::map<std::size_t, std::size_t>> first_gaps;  // label fields -> gap -> rows
    // Copies that pad merged cells with empty fields give every row the same number of
    // fields; a row with fewer lost a cell, and its trailing empty fields are padding.
    std::map<std::size_t, std::size_t> widths;  // fields of a row of values -> rows
    for (const auto& line : lines) {
        std::size_t numbers = 0;
        for (std::size_t t = line.first_token; t < line.end_token; ++t)
            numbers += out.tokens[t].kind == CellKind::Number && out.tokens[t].is_value;
        if (numbers >= 2) ++widths[line.fields.size()];
    }
    const std::size_t usual_width = most_common(widths);
    for (const auto& line : lines) {
        auto field_of = [&](const TableToken& t) {
            std::size_t f = 0;
            while (f + 1 < line.fields.size() && t.range.begin >= line.fields[f + 1].begin) ++f;
            return f;
        };
        std::optional<std::size_t> last_label;
        std::size_t label_fields = 0, written_values = 0;
        for (std::size_t t = line.first_token; t < line.end_token; ++t) {
            if (out.tokens[t].is_value) {
                ++written_values;
            } else {
                std::size_t f = field_of(out.tokens[t]);
                if (!last_label || *last_label != f) ++label_fields;
                last_label = f;
            }
        }
        const std::size_t value_from = last_label ? *last_label + 1 : 0;
        auto gap_of = [&](std::size_t field) { return field + 1 - value_from; };
        // A row of blanks has one or two labels (a row, or a parent and its first
        // sub-row); a line of three or more labels and no value is a header.
        bool keep_blanks = line.fields.size() > 1 && (last_label || line.fields.size() > 2) &&
                           (written_values > 0 || label_fields <= 2);
        std::size_t blanks_end = line.fields.size();
        if (line.fields.size() < usual_width)
            while (blanks_end > 0 && line.fields[blanks_end - 1].empty) --blanks_end;
        std::size_t t = line.first_token, numbers = 0;
        std::optional<std::size_t> first_number_gap;
        for (std::size_t f = 0; f < line.fields.size(); ++f) {
            const Field& field = line.fields[f];
            if (field.empty && keep_blanks && f >= value_from && f < blanks_end) {
                TableToken blank;
                blank.range = {field.begin, field.begin};
                blank.line = line.line;
                blank.is_value = true;
                blank.kind = CellKind::Blank;
                blank.field_gap = gap_of(f);
                blank.label_fields = value_from;
                tokens.push_back(blank);
                continue;
            }
            for (; t < line.end_token && field_of(out.tokens[t]) == f; ++t) {
                TableToken tok = out.tokens[t];
                if (tok.is_value && f >= value_from) {
                    tok.field_gap = gap_of(f);
                    tok.label_fields = value_from;
                    if (tok.kind == CellKind::Number && ++numbers == 1) first_number_gap = tok.field_gap;
                }
                tokens.push_back(std::move(tok));
            }
        }
        for (; t < line.end_token; ++t) tokens.push_back(out.tokens[t]);
        if (last_label && numbers >= 2 && first_number_gap) ++first_gaps[value_from][*first_number_gap];
    }
    std::map<std::size_t, std::size_t> all_gaps;
    for (const auto& [labels, gaps] : first_gaps) {
        for (const auto& [gap, rows] : gaps) all_gaps[gap] += rows;
        out.value_gaps[labels] = most_common(gaps);
    }
    out.value_gap = most_common(all_gaps);
    out.tokens = std::move(tokens);
}

TableTokens tokenize_lines(std::string_view text, TextRange range) {
    TableTokens out;
    int pipes = 0, tabs = 0, wide_gaps = 0, lines_with_values = 0, value_lines_single = 0;
    bool markdown = false;
    std::vector<LineCells> lines;
    std::size_t line_no = 0;
    std::size_t pos = range.begin;
    const std::size_t stop = std::min(range.end, text.size());
    while (pos < stop) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos || eol > stop) eol = stop;
        std::string_view line = text.substr(pos, eol - pos);
        if (is_markdown_rule(line) && line.find('|') != std::string_view::npos) {
            markdown = true;
        } else if (!is_footer(line)) {
            auto pieces = split_line(text, pos, eol, pipes, tabs, wide_gaps);
            std::size_t values_here = 0, first_token = out.tokens.size();
            for (const auto& piece : pieces) {
                std::string_view cell = text.substr(piece.begin, piece.end - piece.begin);
                TableToken t;
                t.range = {piece.begin, piece.end};
                t.line = line_no;
                if (auto v = read_value(cell)) {
                    t.is_value = true;
                    t.kind = v->kind;
                    t.value = v->value;
                    t.unit = v->unit;
                    std::size_t digits = 0;
                    for (char c : cell) digits += (c >= '0' && c <= '9');
                    t.digit_run = digits >= 4 && cell.size() > 1 && cell[0] == '0';
                    ++values_here;
                    out.tokens.push_back(t);
                    continue;
                }
                // A label piece continues the previous label piece of this line.
                if (out.tokens.size() > first_token && !out.tokens.back().is_value && !piece.separated_before) {
                    out.tokens.back().range.end = piece.end;
                    continue;
                }
                out.tokens.push_back(t);
            }
            if (values_here > 0) ++lines_with_values;
            if (values_here == 1 && pieces.size() == 1) ++value_lines_single;
            lines.push_back({line_fields(text, pos, eol), line_no, first_token, out.tokens.size()});
        }
        pos = eol + 1;
        ++line_no;
    }
    if (!markdown && pipes == 0 && tabs == 0 && wide_gaps == 0 && value_lines_single * 2 < lines_with_values + 1) {
        std::vector<TableToken> split;
        for (const auto& t : out.tokens) {
            if (t.is_value) {
                split.push_back(t);
                continue;
            }
            auto parts = split_embedded(text, t);
            split.insert(split.end(), parts.begin(), parts.end());
        }
        out.tokens = std::move(split);
        out.layout = "run-together";
        return out;
    }
    if (markdown) out.layout = "markdown";
    else if (pipes > 0 && pipes >= tabs) out.layout = "pipe";
    else if (tabs > 0 && value_lines_single * 2 < lines_with_values) out.layout = "tab";
    else if (value_lines_single * 2 >= lines_with_values && lines_with_values > 0) out.layout = "one-cell-per-line";
    else if (wide_gaps > 0) out.layout = "spaced";
    else out.layout = "run-together";
    if (out.layout == "markdown" || out.layout == "pipe" || out.layout == "tab") add_blank_cells(lines, out);
    return out;
}

}  // namespace

}  // namespace gklint
