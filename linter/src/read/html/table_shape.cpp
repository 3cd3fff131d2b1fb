#include "read/html/table_shape.h"

#include <algorithm>
#include <string_view>

#include <fmt/format.h>

#include "read/html/dom.h"
#include "text/decoder.h"

namespace gklint {
namespace {

constexpr std::size_t kMaxGridPositions = 4'000'000;

bool holds_table(const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT) return false;
    if (is_element(node, GUMBO_TAG_TABLE)) return true;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        if (holds_table(static_cast<const GumboNode*>(children.data[i]))) return true;
    return false;
}

std::size_t parse_span(std::string_view value, std::size_t fallback, std::size_t cap) {
    std::size_t i = 0;
    while (i < value.size() && (value[i] == ' ' || value[i] == '\t' || value[i] == '\n' || value[i] == '\r')) ++i;
    if (i == value.size() || value[i] < '0' || value[i] > '9') return fallback;
    std::size_t n = 0;
    for (; i < value.size() && value[i] >= '0' && value[i] <= '9'; ++i) n = std::min(cap, n * 10 + static_cast<std::size_t>(value[i] - '0'));
    return n;
}

}  // namespace

bool is_layout_table(const GumboNode* table) {
    std::size_t cells = 0;
    bool nested = false;
    for_each_row(table, [&](const GumboNode* row, const GumboNode*) {
        for_each_cell(row, [&](const GumboNode* cell) {
            ++cells;
            const GumboVector& children = cell->v.element.children;
            for (unsigned i = 0; i < children.length && !nested; ++i)
                nested = holds_table(static_cast<const GumboNode*>(children.data[i]));
        });
    });
    return nested || cells <= 1;
}

CellSpan cell_span(const GumboNode* cell) {
    CellSpan span;
    span.rows = parse_span(attribute(cell, "rowspan"), 1, 65534);
    span.columns = std::max<std::size_t>(1, parse_span(attribute(cell, "colspan"), 1, 1000));
    return span;
}

bool spans_fit(const GumboNode* table) {
    std::size_t rows = 0, widest_row = 0, spanned_columns = 0, tallest = 1;
    for_each_row(table, [&](const GumboNode* row, const GumboNode*) {
        std::size_t cells = 0;
        for_each_cell(row, [&](const GumboNode* cell) {
            CellSpan span = cell_span(cell);
            ++cells;
            spanned_columns += span.columns;
            tallest = std::max(tallest, std::min<std::size_t>(span.rows, 1000));
        });
        rows += cells > 0;
        widest_row = std::max(widest_row, cells);
    });
    // Any row is at most as wide as all columns spanned by all cells together.
    if ((rows + tallest) * spanned_columns <= kMaxGridPositions) return true;
    if (rows * widest_row <= kMaxGridPositions) return false;
    throw InputError(fmt::format("a table of {} rows with up to {} cells in a row is too large to read", rows, widest_row),
                     table->v.element.start_pos.offset);
}

}  // namespace gklint
