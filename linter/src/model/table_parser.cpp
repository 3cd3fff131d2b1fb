#include "model/table_parser.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "model/label_stream.h"
#include "model/table_rows.h"
#include "model/table_tokens.h"

namespace gklint {
namespace {

// Where a table is looked for: its section's body when the section was found,
// otherwise between the parts found before and after where its section belongs
// (its labels still have to be found in order there).
TextRange table_region(std::string_view text, const TemplateTable& tt, const std::vector<Section>& sections) {
    TextRange region{0, text.size()};
    bool before = true;
    for (const auto& s : sections) {
        if (s.key == tt.section) {
            if (s.present) return s.body;
            before = false;
            continue;
        }
        if (!s.present || !s.heading) continue;
        if (before) region.begin = std::max(region.begin, s.heading->range.end);
        else region.end = std::min(region.end, s.heading->range.begin);
    }
    return region.begin <= region.end ? region : TextRange{0, text.size()};
}

std::size_t first_token_at_or_after(const TableTokens& tokens, std::size_t byte) {
    auto it = std::lower_bound(tokens.tokens.begin(), tokens.tokens.end(), byte,
                               [](const TableToken& t, std::size_t b) { return t.range.begin < b; });
    return static_cast<std::size_t>(it - tokens.tokens.begin());
}

std::u32string caption_item(std::u32string_view caption) {
    auto open = caption.find(U'(');
    auto close = caption.find(U')', open == std::u32string_view::npos ? 0 : open);
    if (open == std::u32string_view::npos || close == std::u32string_view::npos) return {};
    return std::u32string(caption.substr(open + 1, close - open - 1));
}

struct FoundCaption {
    std::size_t begin = 0, end = 0;  // code points in the stream
    std::u32string item;
};

// Every "第…条第(…)项" in the stream, whatever the article number.
std::vector<FoundCaption> find_captions(const LabelStream& stream) {
    std::vector<FoundCaption> out;
    std::u32string_view s = stream.view();
    std::size_t at = 0;
    while ((at = s.find(U"条第(", at)) != std::u32string_view::npos) {
        std::size_t close = s.find(U")项", at);
        if (close == std::u32string_view::npos || close - at > 8) {
            at += 3;
            continue;
        }
        std::size_t begin = at;
        for (std::size_t back = 1; back <= 8 && back <= at; ++back)
            if (s[at - back] == U'第') {
                begin = at - back;
                break;
            }
        FoundCaption c{begin, close + 2, std::u32string(s.substr(at + 3, close - at - 3))};
        out.push_back(c);
        at = close + 2;
    }
    return out;
}

void parse_blocks(std::string_view text, const TemplateTable& tt, const TableTokens& tokens, std::size_t first,
                  std::size_t last, Table& table) {
    LabelStream stream(text, tokens.tokens, first, last);
    auto captions = find_captions(stream);
    // Each block's caption by its item (第（五）项); then a caption with an item of no block
    // ("第（九）项" where （五） belongs) for a block still without one, when it stands
    // between the captions of the blocks before and after (article/wrong-number reports it).
    std::vector<std::optional<std::size_t>> caption_of(tt.blocks.size());
    std::vector<bool> taken(captions.size(), false);
    std::vector<std::u32string> items;
    for (const auto& block : tt.blocks) items.push_back(caption_item(fold_label_text(block.caption)));
    for (std::size_t b = 0; b < tt.blocks.size(); ++b)
        for (std::size_t c = 0; c < captions.size(); ++c)
            if (!taken[c] && captions[c].item == items[b]) {
                caption_of[b] = c;
                taken[c] = true;
                break;
            }
    for (std::size_t b = 0; b < tt.blocks.size(); ++b) {
        if (caption_of[b]) continue;
        std::size_t lower = 0, upper = stream.size();
        for (std::size_t k = 0; k < tt.blocks.size(); ++k) {
            if (!caption_of[k]) continue;
            if (k < b) lower = std::max(lower, captions[*caption_of[k]].end);
            if (k > b) upper = std::min(upper, captions[*caption_of[k]].begin);
        }
        std::vector<std::size_t> stray;
        for (std::size_t c = 0; c < captions.size(); ++c)
            if (!taken[c] && captions[c].begin >= lower && captions[c].end <= upper &&
                std::find(items.begin(), items.end(), captions[c].item) == items.end())
                stray.push_back(c);
        if (stray.size() != 1) continue;
        caption_of[b] = stray.front();
        taken[stray.front()] = true;
    }

    std::size_t located_blocks = 0;
    std::size_t missing_at = first < tokens.tokens.size() ? tokens.tokens[first].range.begin : 0;
    for (std::size_t b = 0; b < tt.blocks.size(); ++b) {
        const auto& block = tt.blocks[b];
        LabelMatch caption;
        caption.key = block.key;
        caption.expected = block.caption;
        if (!caption_of[b]) {
            table.captions.push_back(caption);
            table.problems.push_back({{missing_at, missing_at},
                                      fmt::format("表二未找到“{}”栏目", block.caption),
                                      fmt::format("table 二: block '{}' not found", block.caption)});
            continue;
        }
        const FoundCaption& found = captions[*caption_of[b]];
        TemplateLabel as_label;
        as_label.key = block.key;
        as_label.label = block.caption;
        caption = stream.describe(as_label, {true, false, found.begin, found.end}, text);
        caption.exact = fold_label_text(caption.written) == fold_label_text(block.caption);
        table.captions.push_back(caption);
        missing_at = caption.range.end;
        std::size_t block_first = stream.token_at(found.begin);
        std::size_t block_last = last;
        auto next = std::find_if(captions.begin(), captions.end(), [&](const FoundCaption& c) { return c.begin > found.begin; });
        if (next != captions.end()) block_last = stream.token_at(next->begin);
        RowRegion region{block.key, &block.columns, &block.rows, block_first, block_last, caption.range.end};
        read_rows(text, tokens, region, table);
        ++located_blocks;
    }
    table.present = located_blocks > 0;
}

// Some reports add a subtotal column (table 三's 法人或其他组织): find where it sits
// from the values themselves — it equals the sum of the columns it totals.
std::vector<TemplateLabel> with_subtotal_column(const std::vector<TemplateLabel>& columns, const TemplateLabel& subtotal,
                                                const Table& scratch) {
    const std::size_t n = columns.size();
    std::vector<std::vector<double>> rows;
    std::vector<double> current;
    std::string row;
    for (const auto& c : scratch.cells) {
        if (c.row != row) {
            if (current.size() == n + 1) rows.push_back(current);
            current.clear();
            row = c.row;
        }
        current.push_back(c.value.value_or(0));
    }
    if (current.size() == n + 1) rows.push_back(current);
    auto fits = [&](std::size_t pos) {
        std::vector<TemplateLabel> candidate = columns;
        candidate.insert(candidate.begin() + static_cast<std::ptrdiff_t>(pos), subtotal);
        std::size_t hits = 0;
        for (const auto& r : rows) {
            double sum = 0;
            for (std::size_t i = 0; i < candidate.size(); ++i)
                if (std::find(subtotal.sum_of.begin(), subtotal.sum_of.end(), candidate[i].key) != subtotal.sum_of.end())
                    sum += r[i];
            hits += r[pos] == sum;
        }
        return hits;
    };
    std::size_t best = 1, best_hits = 0;
    for (std::size_t pos = 1; pos < n; ++pos)
        if (std::size_t h = fits(pos); h > best_hits) {
            best = pos;
            best_hits = h;
        }
    std::vector<TemplateLabel> out = columns;
    out.insert(out.begin() + static_cast<std::ptrdiff_t>(best), subtotal);
    return out;
}

void parse_grid(std::string_view text, const TemplateTable& tt, const TableTokens& tokens, std::size_t first,
                std::size_t last, Table& table) {
    RowRegion region{"", &tt.columns, &tt.rows, first, last};
    Table scratch;
    read_rows(text, tokens, region, scratch);
    std::size_t wider = 0, rows = 0;
    for (const auto& [row, count] : scratch.values_per_row) {
        ++rows;
        if (count == tt.columns.size() + 1) ++wider;
    }
    if (tt.subtotal && rows > 0 && wider * 2 > rows) {
        auto columns = with_subtotal_column(tt.columns, *tt.subtotal, scratch);
        RowRegion wide{"", &columns, &tt.rows, first, last};
        read_rows(text, tokens, wide, table);
        table.layout += "+subtotal-column";
    } else {
        table = std::move(scratch);
    }
    table.present = std::any_of(table.rows.begin(), table.rows.end(), [](const LabelMatch& m) { return m.found; });
}

void parse_grouped(std::string_view text, const TemplateTable& tt, const TableTokens& tokens, std::size_t first,
                   std::size_t last, Table& table) {
    LabelStream stream(text, tokens.tokens, first, last);
    std::vector<TemplateLabel> columns;
    for (const auto& g : tt.groups)
        for (const auto& c : tt.columns) {
            TemplateLabel l = c;
            l.key = g + "." + c.key;
            for (auto& s : l.sum_of) s = g + "." + s;
            columns.push_back(l);
        }
    // Header labels: the group names, then the column names once per group.
    std::size_t pos = 0, header_end_token = first;
    bool any = false;
    for (const auto& g : tt.column_groups) {
        auto m = stream.find(g, 0, stream.size(), true);
        LabelMatch lm = stream.describe(g, m, text);
        if (m.found) {
            any = true;
            header_end_token = std::max(header_end_token, stream.token_at(m.end - 1) + 1);
        }
        table.columns.push_back(lm);
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
        TemplateLabel plain = tt.columns[i % tt.columns.size()];
        auto m = stream.find(plain, pos, pos + 80, false);
        LabelMatch lm = stream.describe(plain, m, text);
        lm.key = columns[i].key;
        if (m.found) {
            any = true;
            pos = m.end;
            header_end_token = std::max(header_end_token, stream.token_at(m.end - 1) + 1);
        }
        table.columns.push_back(lm);
    }
    table.present = any;
    if (!any) return;
    // The row has no label: values missing from it are placed after its last value.
    TextRange anchor = tokens.tokens[header_end_token - 1].range;
    for (std::size_t t = last; t-- > header_end_token;)
        if (tokens.tokens[t].is_value) {
            anchor = {tokens.tokens[t].range.end, tokens.tokens[t].range.end};
            break;
        }
    fill_row_cells(text, tokens, header_end_token, last, columns, "", "values", "", anchor, table);
    const std::size_t values = table.values_per_row.back().second;
    if (values != 1 && values != columns.size())
        table.problems.push_back({{anchor.end, anchor.end},
                                  fmt::format("表四应有{}个数值，找到{}个", columns.size(), values),
                                  fmt::format("table 四 should have {} values, found {}", columns.size(), values),
                                  {{"", "values"}}});
}

}  // namespace

std::vector<Table> parse_tables(std::string_view text, const ReportTemplate& tmpl, const std::vector<Section>& sections,
                                const std::vector<TableGrid>& grids) {
    std::vector<Table> tables;
    for (const auto& tt : tmpl.tables) {
        Table table;
        table.key = tt.key;
        TextRange region = table_region(text, tt, sections);
        TableTokens tokens = tokenize_table(text, region, grids);
        table.layout = tokens.layout;
        std::size_t first = first_token_at_or_after(tokens, region.begin);
        std::size_t last = tokens.tokens.size();
        if (!tt.blocks.empty()) parse_blocks(text, tt, tokens, first, last, table);
        else if (!tt.groups.empty()) parse_grouped(text, tt, tokens, first, last, table);
        else parse_grid(text, tt, tokens, first, last, table);
        table.key = tt.key;
        for (const auto& s : tmpl.sections)
            if (s.key == tt.section) {
                table.title_zh = "第" + s.number + "部分统计表";
                table.title_en = "the table of part " + s.number;
            }
        if (table.layout.empty()) table.layout = tokens.layout;
        else if (table.layout.find(tokens.layout) == std::string::npos) table.layout = tokens.layout + table.layout;
        if (table.present) {
            TextRange span{text.size(), 0};
            auto widen = [&](TextRange r) {
                if (r.begin == r.end && r.begin == 0) return;
                span.begin = std::min(span.begin, r.begin);
                span.end = std::max(span.end, r.end);
            };
            for (const auto& m : table.captions) if (m.found) widen(m.range);
            for (const auto& m : table.rows) if (m.found) widen(m.range);
            for (const auto& m : table.columns) if (m.found) widen(m.range);
            for (const auto& c : table.cells) widen(c.range);
            table.range = span.begin <= span.end ? span : region;
        }
        // A table not there at all is not a parsing problem (an empty section is
        // for other rules to report); problems are about a table that is there.
        if (!table.present) table.problems.clear();
        table.parsed = table.present && table.problems.empty();
        tables.push_back(std::move(table));
    }
    return tables;
}

}  // namespace gklint
