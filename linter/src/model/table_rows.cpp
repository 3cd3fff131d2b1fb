#include "model/table_rows.h"

#include <algorithm>

#include <fmt/format.h>

#include "model/digit_split.h"

namespace gklint {
namespace {

// How far past the previous label the next one may start (code points): rows are
// adjacent in the label stream, but repeated headers after a page break are not.
constexpr std::size_t kRowWindow = 160;

struct LocatedRow {
    const TemplateLabel* label;
    LabelStream::Match match;
    std::size_t anchor_token = 0;
};

std::string digits_of(std::string_view cell) {
    std::string out;
    for (char c : cell)
        if (c >= '0' && c <= '9') out.push_back(c);
    return out;
}

template <typename MakeCell>
bool try_split(std::string_view text, const std::vector<const TableToken*>& values,
               const std::vector<TemplateLabel>& columns, const MakeCell& make_cell, const std::string& block,
               const std::string& row, const std::string& row_label, Table& table) {
    std::vector<std::string> runs;
    std::size_t digits = 0;
    for (const auto* tok : values) {
        std::string_view raw = text.substr(tok->range.begin, tok->range.end - tok->range.begin);
        if (tok->kind != CellKind::Number || digits_of(raw) != raw) return false;  // plain ASCII digits only
        runs.emplace_back(raw);
        digits += raw.size();
    }
    if (digits < columns.size()) return false;
    DigitSplit split = split_digit_runs(runs, columns);
    if (split.solutions != 1) {
        std::string all;
        for (const auto& r : runs) all += (all.empty() ? "" : " ") + r;
        TextRange where{values.front()->range.begin, values.back()->range.end};
        table.problems.push_back(
            {where,
             fmt::format("“{}”行的数字“{}”连在一起，无法唯一地拆分为{}个单元格（{}种拆法符合表内关系）", row_label, all,
                         columns.size(), split.solutions == 0 ? "没有一" : "不止一"),
             fmt::format("the digits '{}' of row '{}' run together and cannot be split into {} cells in exactly one "
                         "way ({} split fits the table's relations)",
                         all, row_label, columns.size(), split.solutions == 0 ? "no" : "more than one"),
             {{block, row}}});
        return false;
    }
    std::size_t token = 0, offset = values[0]->range.begin, used = 0;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const std::string& part = split.parts[c];
        if (used == runs[token].size()) {
            ++token;
            used = 0;
            offset = values[token]->range.begin;
        }
        Cell cell = make_cell(*values[token], columns[c].key);
        cell.value = std::stod(part);
        cell.range = {offset, offset + part.size()};
        cell.raw = part;
        cell.inferred_split = true;
        offset += part.size();
        used += part.size();
        table.cells.push_back(std::move(cell));
    }
    return true;
}

// A row label rewritten beyond recognition ("行政审批" for 行政许可) still stands in
// its row's place: the only text between the rows found before and after it (or
// the header), followed by exactly as many values as the row has cells. It is that
// row, written differently (table/label reports the label).
void locate_by_place(const LabelStream& stream, const TableTokens& tokens, const RowRegion& region,
                     std::size_t header_end_token, std::vector<LocatedRow>& located) {
    const auto& toks = tokens.tokens;
    for (std::size_t i = 0; i < located.size(); ++i) {
        LocatedRow& lr = located[i];
        if (lr.match.found || lr.label->parent_only) continue;
        std::size_t from = header_end_token, to = region.last_token;
        for (std::size_t k = i; k-- > 0;)
            if (located[k].match.found && !located[k].label->parent_only) {
                from = located[k].anchor_token + 1;
                break;
            }
        for (std::size_t k = i + 1; k < located.size(); ++k)
            if (located[k].match.found && !located[k].label->parent_only) {
                to = located[k].anchor_token;
                break;
            }
        to = std::min(to, toks.size());
        std::size_t t = from;
        while (t < to && toks[t].is_value) ++t;  // the values of the row before
        std::size_t label_begin = t;
        while (t < to && !toks[t].is_value) ++t;
        std::size_t label_end = t, values = 0;
        while (t < to && toks[t].is_value) ++t, ++values;
        if (t != to || label_end == label_begin || label_end - label_begin > 3 || values != region.columns->size())
            continue;
        std::size_t begin = stream.position_of_token(label_begin), end = stream.position_of_token(label_end);
        std::size_t expected = fold_label_text(lr.label->label).size();
        if (end <= begin || end - begin < 2 || end - begin > expected * 3 + 4) continue;
        // Text another row's label already is (a parent row written alone, as the older
        // format's single row) is not this row rewritten.
        bool taken = std::any_of(located.begin(), located.end(), [&](const LocatedRow& other) {
            return other.match.found && other.match.begin < end && begin < other.match.end;
        });
        if (taken) continue;
        lr.match = {true, false, begin, end};
        lr.anchor_token = label_begin;
    }
}

// A row with more values than columns where the extra ones are blank: blank fields
// that padding left (merged cells copied as empty fields, a narrower block of table
// 二 in a wider grid), not cells of the row. The row's cells are consecutive: keep
// the window of `columns` values holding every non-blank one; of several, the one
// starting where the table's rows like it usually start (usual_gap), then one on a single
// line, then the first.
std::vector<const TableToken*> row_cells(const std::vector<const TableToken*>& values, std::size_t columns,
                                         const TableTokens& tokens) {
    if (values.size() <= columns || columns == 0) return values;
    std::size_t lo = values.size(), hi = 0;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i]->kind != CellKind::Blank) {
            lo = std::min(lo, i);
            hi = i;
        }
    const std::size_t first = lo == values.size() || hi + 1 < columns ? 0 : hi + 1 - columns;
    const std::size_t last = std::min(lo, values.size() - columns);
    if (first > last)  // more numbers than columns (a shape problem, or a column the template lacks)
        return {values.begin() + static_cast<std::ptrdiff_t>(lo), values.begin() + static_cast<std::ptrdiff_t>(hi + 1)};
    auto one_line = [&](std::size_t s) { return values[s]->line == values[s + columns - 1]->line; };
    std::size_t start = first;
    int best = -1;
    for (std::size_t s = first; s <= last; ++s) {
        std::size_t usual = tokens.usual_gap(*values[s]);
        int score = (usual > 0 && values[s]->field_gap == usual ? 2 : 0) + (one_line(s) ? 1 : 0);
        if (score > best) {
            best = score;
            start = s;
        }
    }
    return {values.begin() + static_cast<std::ptrdiff_t>(start),
            values.begin() + static_cast<std::ptrdiff_t>(start + columns)};
}

}  // namespace

void fill_row_cells(std::string_view text, const TableTokens& tokens, std::size_t first, std::size_t last,
                    const std::vector<TemplateLabel>& columns, const std::string& block, const std::string& row,
                    const std::string& row_label, TextRange row_anchor, Table& table) {
    std::vector<const TableToken*> values;
    for (std::size_t t = first; t < last && t < tokens.tokens.size(); ++t)
        if (tokens.tokens[t].is_value) values.push_back(&tokens.tokens[t]);
    values = row_cells(values, columns.size(), tokens);

    auto make_cell = [&](const TableToken& tok, std::string column) {
        Cell c;
        c.block = block;
        c.row = row;
        c.column = std::move(column);
        c.row_label = row_label;
        c.kind = tok.kind;
        c.value = tok.value;
        c.unit = tok.unit;
        c.range = tok.range;
        c.raw = std::string(text.substr(tok.range.begin, tok.range.end - tok.range.begin));
        return c;
    };

    // Cells run together: fewer cells than columns, their digits standing for
    // several values ("270020130", or "500000" "5").
    if (tokens.layout == "run-together" && !values.empty() && values.size() < columns.size() && try_split(text, values, columns, make_cell, block, row, row_label, table)) {
        table.values_per_row.emplace_back(row, columns.size());
        return;
    }

    for (std::size_t i = 0; i < values.size(); ++i)
        table.cells.push_back(make_cell(*values[i], i < columns.size() ? columns[i].key : std::string()));
    for (std::size_t i = values.size(); i < columns.size(); ++i) {
        Cell missing;
        missing.block = block;
        missing.row = row;
        missing.column = columns[i].key;
        missing.row_label = row_label;
        missing.kind = CellKind::Missing;
        missing.range = {row_anchor.end, row_anchor.end};
        table.cells.push_back(std::move(missing));
    }
    table.values_per_row.emplace_back(row, values.size());
}

std::size_t read_rows(std::string_view text, const TableTokens& tokens, const RowRegion& region, Table& table) {
    LabelStream stream(text, tokens.tokens, region.first_token, region.last_token);
    const auto& rows = *region.rows;

    std::vector<LocatedRow> located;
    std::size_t pos = 0;
    while (region.begin_byte > 0 && pos < stream.size() && stream.byte_begin(pos) < region.begin_byte) ++pos;
    const std::size_t start = pos;
    std::size_t header_end = stream.size();
    for (const auto& row : rows) {
        std::size_t window = fold_label_text(row.label).size() + kRowWindow;
        auto m = stream.find(row, pos, pos + window, true);
        LocatedRow lr{&row, m, 0};
        if (m.found) {
            lr.anchor_token = stream.token_at(m.begin);
            // Merged parent labels carry no values and may be printed anywhere
            // beside their children (vertically, between rows): they neither
            // move the search on nor bound a row's values.
            if (!row.parent_only) {
                header_end = std::min(header_end, m.begin);
                pos = m.end;
            }
        }
        located.push_back(lr);
    }

    // Column labels are in the header, before the first row label.
    std::size_t col_pos = start;
    std::size_t header_end_token = region.first_token;
    for (const auto& col : *region.columns) {
        auto m = stream.find(col, col_pos, header_end, true);
        LabelMatch lm = stream.describe(col, m, text);
        if (m.found) {
            col_pos = m.end;
            header_end_token = std::max(header_end_token, stream.token_at(m.end - 1) + 1);
        }
        table.columns.push_back(std::move(lm));
    }
    locate_by_place(stream, tokens, region, header_end_token, located);

    // A parent row written with values of its own and none of its children is the
    // older template's single row (2021 reports keeping 2019's （六）其他处理):
    // read it as a value row and do not miss the children.
    std::vector<std::string> collapsed;
    for (const auto& lr : located) {
        if (!lr.label->parent_only || !lr.match.found) continue;
        bool child_found = false, has_children = false;
        for (const auto& other : located)
            if (other.label->parent == lr.label->key) {
                has_children = true;
                child_found = child_found || other.match.found;
            }
        if (!has_children || child_found) continue;
        std::size_t t = lr.anchor_token + 1;
        while (t < region.last_token && !tokens.tokens[t].is_value && t - lr.anchor_token < 4) ++t;
        if (t < region.last_token && tokens.tokens[t].is_value) collapsed.push_back(lr.label->key);
    }
    auto is_collapsed = [&](const std::string& key) {
        return std::find(collapsed.begin(), collapsed.end(), key) != collapsed.end();
    };

    struct Missing {
        const TemplateLabel* label;
        TextRange after;
    };
    std::vector<Missing> missing;

    // Where a row missing before any row found is reported: after the header (the
    // last column label found), or at the start of the region.
    TextRange missing_at{};
    if (region.first_token < tokens.tokens.size())
        missing_at = {tokens.tokens[region.first_token].range.begin, tokens.tokens[region.first_token].range.begin};
    for (std::size_t k = table.columns.size() - region.columns->size(); k < table.columns.size(); ++k)
        if (table.columns[k].found && table.columns[k].range.end > missing_at.end)
            missing_at = {table.columns[k].range.end, table.columns[k].range.end};
    std::size_t value_rows = 0;
    for (std::size_t i = 0; i < located.size(); ++i) {
        const auto& lr = located[i];
        LabelMatch lm = stream.describe(*lr.label, lr.match, text);
        table.rows.push_back(lm);
        if (lr.label->parent_only && !is_collapsed(lr.label->key)) continue;
        if (!lr.match.found && is_collapsed(lr.label->parent)) continue;
        if (!lr.match.found) {
            TextRange where = missing_at;
            for (std::size_t k = i; k-- > 0;)
                if (located[k].match.found) {
                    where = table.rows[table.rows.size() - 1 - (i - k)].range;
                    break;
                }
            missing.push_back({lr.label, where});
            continue;
        }
        std::size_t next = region.last_token;
        for (std::size_t k = i + 1; k < located.size(); ++k)
            if (located[k].match.found && (!located[k].label->parent_only || is_collapsed(located[k].label->key))) {
                next = located[k].anchor_token;
                break;
            }
        fill_row_cells(text, tokens, lr.anchor_token, next, *region.columns, region.block, lr.label->key, lm.written,
                       lm.range, table);
        ++value_rows;
    }
    // Rows missing one after another at the same place are one problem: the
    // table stops (or is damaged) there.
    for (std::size_t i = 0; i < missing.size();) {
        std::size_t j = i + 1;
        while (j < missing.size() && missing[j].after.end == missing[i].after.end) ++j;
        const auto& first = *missing[i].label;
        TextRange at{missing[i].after.end, missing[i].after.end};
        std::vector<std::pair<std::string, std::string>> unread;
        for (std::size_t k = i; k < j; ++k) unread.emplace_back(region.block, missing[k].label->key);
        if (j - i == 1)
            table.problems.push_back({at, fmt::format("未找到“{}”行", first.label),
                                      fmt::format("row '{}' not found", first.label), std::move(unread)});
        else
            table.problems.push_back(
                {at, fmt::format("表格在此中断：从“{}”起的{}行未找到", first.label, j - i),
                 fmt::format("the table breaks off here: {} rows from '{}' on are missing", j - i, first.label),
                 std::move(unread)});
        i = j;
    }
    return value_rows;
}

}  // namespace gklint
