#include "read/html/page_text_writer.h"

#include <functional>

#include "read/html/dom.h"
#include "read/html/source_alignment.h"
#include "read/html/table_shape.h"
#include "read/html/wide_characters.h"
#include "read/suppression_directive.h"

namespace gklint {
namespace {

// Length of the collapsible white space character at `at` (ASCII white space or a
// no-break space, which pages use as padding), 0 for any other character.
std::size_t white_space_length(std::string_view text, std::size_t at) {
    char c = text[at];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') return 1;
    return text.substr(at, 2) == "\xC2\xA0" ? 2 : 0;
}

// The rows that have cells (an empty <tr> has no line and no grid row).
std::vector<TableRow> rows_with_cells(const GumboNode* table) {
    std::vector<TableRow> rows;
    std::vector<const GumboNode*> groups;
    for_each_row(table, [&](const GumboNode* row, const GumboNode* group) {
        bool has_cells = false;
        for_each_cell(row, [&](const GumboNode*) { has_cells = true; });
        if (!has_cells) return;
        rows.push_back({row, 1});
        groups.push_back(group);
    });
    for (std::size_t i = rows.size(); i-- > 0;)
        if (i + 1 < rows.size() && groups[i + 1] == groups[i]) rows[i].rows_to_group_end = rows[i + 1].rows_to_group_end + 1;
    return rows;
}

}  // namespace

void PageTextWriter::write(const GumboNode* element) {
    std::size_t src = start_offset(element, cursor_);
    line_break(src);
    node(element);
    line_break(end_offset(element, cursor_));
}

void PageTextWriter::node(const GumboNode* node) {
    switch (node->type) {
        case GUMBO_NODE_ELEMENT: element(node); break;
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA: text(node); break;
        case GUMBO_NODE_WHITESPACE:
            if (preformatted_) text(node);
            else white_space(node->v.text.start_pos.offset);
            break;
        case GUMBO_NODE_COMMENT: comment(node); break;
        default: break;
    }
}

void PageTextWriter::children(const GumboNode* element) {
    const GumboVector& children = element->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) node(static_cast<const GumboNode*>(children.data[i]));
}

void PageTextWriter::element(const GumboNode* element) {
    if (is_hidden_element(element)) return;
    if (is_element(element, GUMBO_TAG_TABLE) && !cell_begin_ && !is_layout_table(element)) return data_table(element);
    bool block = is_block_element(element);
    bool pre = is_element(element, GUMBO_TAG_PRE);
    if (block) line_break(start_offset(element, cursor_));
    preformatted_ += pre;
    children(element);
    preformatted_ -= pre;
    if (block) line_break(end_offset(element, cursor_));
}

void PageTextWriter::text(const GumboNode* node) {
    const GumboText& t = node->v.text;
    std::string_view text(t.text);
    std::string_view original(t.original_text.data, t.original_text.length);
    std::size_t base = cursor_;
    // Text the parser made up has no place in the buffer.
    auto inside = [&](const char* p) { return std::less_equal<>()(source_.data(), p) && std::less_equal<>()(p, source_.data() + source_.size()); };
    if (original.data() && inside(original.data()) && inside(original.data() + original.size()))
        base = static_cast<std::size_t>(original.data() - source_.data());
    else
        original = {};

    for (const AlignedPiece& piece : align_text_with_source(text, original, base)) {
        auto src_of = [&](std::size_t at) { return piece.verbatim ? piece.source_begin + (at - piece.text_begin) : piece.source_begin; };
        auto src_len = [&](std::size_t length) { return piece.verbatim ? length : piece.source_end - piece.source_begin; };
        std::size_t run = piece.text_begin;
        auto flush_run = [&](std::size_t end) {
            if (end > run) text_piece(text.substr(run, end - run), src_of(run), src_len(end - run), piece.verbatim);
        };
        for (std::size_t at = piece.text_begin; at < piece.text_end;) {
            std::size_t space = white_space_length(text, at);
            if (space == 0) {
                ++at;
                continue;
            }
            flush_run(at);
            if (!preformatted_ || space == 2) white_space(src_of(at));
            else if (text[at] == '\n') line_break(src_of(at));
            else text_piece(text.substr(at, 1), src_of(at), src_len(1), piece.verbatim);
            at += space;
            run = at;
        }
        flush_run(piece.text_end);
        cursor_ = piece.source_end;
    }
}

void PageTextWriter::comment(const GumboNode* node) {
    auto directive = parse_suppression_directive(node->v.text.text);
    if (directive && directive->kind == DirectiveKind::DisableNextLine)
        directives_.push_back({out_.size(), std::move(directive->rules)});
}

void PageTextWriter::data_table(const GumboNode* table) {
    std::size_t src = start_offset(table, cursor_);
    line_break(src);
    const GumboVector& parts = table->v.element.children;
    for (unsigned i = 0; i < parts.length; ++i) {
        auto* part = static_cast<const GumboNode*>(parts.data[i]);
        if (is_element(part, GUMBO_TAG_CAPTION)) element(part);
    }
    bool spans = spans_fit(table);
    std::vector<TableRow> rows = rows_with_cells(table);
    GridBuilder grid;
    std::optional<std::size_t> begin;
    for (const TableRow& row : rows) {
        std::size_t row_src = start_offset(row.node, cursor_);
        space_pending_ = break_pending_ = false;
        if (begin) {
            out_.insert("\n", row_src);
        } else {
            out_.end_line(row_src);
            begin = out_.size();
        }
        table_row(row, grid, spans);
    }
    if (begin) tables_.push_back(grid.finish(TextRange{*begin, out_.size()}));
    line_break(end_offset(table, cursor_));
}

void PageTextWriter::table_row(const TableRow& row, GridBuilder& grid, bool spans) {
    grid.begin_row();
    bool first = true;
    for_each_cell(row.node, [&](const GumboNode* cell) {
        if (!first) out_.insert("\t", start_offset(cell, cursor_));
        first = false;
        space_pending_ = break_pending_ = false;
        cell_begin_ = out_.size();
        children(cell);
        space_pending_ = break_pending_ = false;
        TextRange range{*cell_begin_, out_.size()};
        cell_begin_.reset();
        CellSpan span = spans ? cell_span(cell) : CellSpan{};
        if (span.rows == 0) span.rows = row.rows_to_group_end;
        grid.add_cell(range, span.rows, span.columns);
    });
}

void PageTextWriter::text_piece(std::string_view text, std::size_t src, std::size_t src_len, bool verbatim) {
    flush_pending(text);
    if (verbatim) out_.copy(text, src);
    else out_.replace(text, src, src_len);
    cursor_ = src + src_len;
}

void PageTextWriter::white_space(std::size_t src) {
    if (space_pending_) return;
    space_pending_ = true;
    space_src_ = src;
}

void PageTextWriter::line_break(std::size_t src) {
    if (break_pending_) return;
    break_pending_ = true;
    break_src_ = src;
}

void PageTextWriter::flush_pending(std::string_view next_text) {
    if (break_pending_) {
        break_pending_ = space_pending_ = false;
        if (!cell_begin_) out_.end_line(break_src_);
        else if (out_.size() > *cell_begin_ && !out_.ends_with_newline()) out_.insert("\n", break_src_);
    }
    if (space_pending_) {
        space_pending_ = false;
        // Word and CMS editors wrap lines inside Chinese text; that is no space.
        if (!is_wide(last_code_point(out_.text())) || !is_wide(first_code_point(next_text))) out_.space(space_src_);
    }
}

void PageTextWriter::finish(ReadResult& result) {
    out_.end_line(cursor_);
    result.text = out_.take_text();
    result.to_source = out_.take_map();
    result.tables = std::move(tables_);
    const std::string& text = result.text;
    for (auto& d : directives_) {
        // The line after the comment: the one it starts, or else the next.
        std::size_t line = d.text_offset;
        if (line > 0 && text[line - 1] != '\n') {
            line = text.find('\n', line);
            if (line == std::string::npos) continue;
            ++line;
        }
        if (line >= text.size()) continue;
        std::size_t end = text.find('\n', line);
        result.suppressions.push_back({TextRange{line, end == std::string::npos ? text.size() : end}, std::move(d.rules)});
    }
}

}  // namespace gklint
