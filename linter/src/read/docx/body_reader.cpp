#include "read/docx/body_reader.h"

#include <algorithm>
#include <string_view>

#include <unicode/utf8.h>

#include "read/docx/xml_part.h"
#include "text/decoder.h"

namespace gklint::docx {
namespace {

// Word nests a few levels per table; deeper nesting is a broken or hostile file.
constexpr int kMaxDepth = 256;
// Word's own limits are 32767 rows and 63 columns; larger grids only cost memory.
constexpr std::size_t kMaxTableRows = 32767;
constexpr std::size_t kMaxTableColumns = 4096;
constexpr std::size_t kMaxGridPositions = std::size_t{1} << 22;

[[noreturn]] void table_too_large(std::size_t rows, std::size_t columns) {
    throw InputError("word/document.xml has a table too large to read (" + std::to_string(rows) + " rows of " +
                         std::to_string(columns) + " grid columns and more)",
                     0);
}

// Not text: properties, deleted and moved-away content, field codes, drawings and text boxes
// (their paragraphs would fall inside the paragraph holding them), the fallback of
// mc:AlternateContent (its mc:Choice is read), note and comment references.
bool is_skipped(std::string_view name) {
    static constexpr std::string_view kSkipped[] = {
        "w:pPr", "w:rPr", "w:tblPr", "w:tblGrid", "w:trPr", "w:tcPr", "w:sectPr", "w:tblPrEx", "w:del",
        "w:moveFrom", "w:delText", "w:instrText", "w:delInstrText", "w:drawing", "w:pict", "w:object",
        "mc:Fallback", "w:sdtPr", "w:sdtEndPr", "w:footnoteReference", "w:endnoteReference", "w:sym",
        "w:fldData", "w:rubyPr", "w:rt"};
    return std::find(std::begin(kSkipped), std::end(kSkipped), name) != std::end(kSkipped);
}

std::size_t line_begin(std::string_view text, std::size_t offset) {
    std::size_t newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
    return newline == std::string_view::npos ? 0 : newline + 1;
}

std::size_t line_end(std::string_view text, std::size_t offset) {
    return std::min(text.find('\n', offset), text.size());
}

std::size_t grid_columns(pugi::xml_node properties, const char* name) {
    long long n = properties.child(name).attribute("w:val").as_llong(0);
    return static_cast<std::size_t>(std::clamp<long long>(n, 0, 1000));
}

}  // namespace

BodyReader::BodyReader(const ParagraphStyles& styles, ListNumbering& numbering,
                       const std::map<std::string, std::vector<std::string>>& directives)
    : styles_(styles), numbering_(numbering), directives_(directives) {}

BodyText BodyReader::read(pugi::xml_node body) {
    visit_children(body, 0);
    add_suppressions();
    return std::move(out_);
}

void BodyReader::visit_children(pugi::xml_node node, int depth) {
    if (depth > kMaxDepth) throw InputError("corrupt .docx: word/document.xml nests elements too deeply", 0);
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element) visit(child, depth + 1);
}

void BodyReader::visit(pugi::xml_node node, int depth) {
    std::string_view name = node.name();
    if (is_skipped(name)) return;
    if (name == "w:p") return paragraph(node, depth);
    if (name == "w:tbl") return table(node, depth);
    if (name == "w:t") return emit_text(node.text().get());
    if (name == "w:tab" || name == "w:ptab") return emit("\t");
    // A line break inside a paragraph would break "line = paragraph".
    if (name == "w:br" || name == "w:cr") return emit(" ");
    if (name == "w:noBreakHyphen") return emit("-");
    if (name == "w:fldChar") return field_char(node);
    if (name == "w:sdt") return visit_children(node.child("w:sdtContent"), depth);
    if (name == "mc:AlternateContent") return visit_children(node.child("mc:Choice"), depth);
    if (name == "w:commentRangeStart") return mark_comment(node, &CommentAnchor::start);
    if (name == "w:commentRangeEnd") return mark_comment(node, &CommentAnchor::end);
    if (name == "w:commentReference") return mark_comment(node, &CommentAnchor::reference);
    // Runs, insertions (w:ins, w:moveTo), hyperlinks, w:fldSimple (its runs are the field's
    // result), smart tags, custom XML: their content.
    visit_children(node, depth);
}

void BodyReader::mark_comment(pugi::xml_node marker, std::optional<std::size_t> CommentAnchor::*where) {
    comments_[marker.attribute("w:id").as_string()].*where = out_.text.size();
}

void BodyReader::emit(std::string_view text) {
    if (fields_in_code_count_ == 0) out_.text += text;
}

// The characters of a w:t. A line end in it (written as &#10;) shows as a space in Word and
// must not end the line; other control characters (not allowed in XML) become spaces too, and
// bytes that are not UTF-8 (pugixml passes them through) U+FFFD.
void BodyReader::emit_text(std::string_view text) {
    std::string clean;
    clean.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::size_t start = i;
        UChar32 c;
        U8_NEXT(text.data(), i, text.size(), c);
        if (c < 0)
            clean += "\xEF\xBF\xBD";
        else if (c < 0x20 && c != '\t')
            clean += ' ';
        else
            clean.append(text.substr(start, i - start));
    }
    emit(clean);
}

// Between begin and separate is the field's code (PAGE, HYPERLINK "…"); between separate
// and end its last result, which is what Word shows.
void BodyReader::field_char(pugi::xml_node fld_char) {
    std::string_view type = fld_char.attribute("w:fldCharType").as_string();
    if (type == "begin") {
        fields_in_code_.push_back(true);
        ++fields_in_code_count_;
    } else if (type == "separate") {
        if (!fields_in_code_.empty() && fields_in_code_.back()) {
            fields_in_code_.back() = false;
            --fields_in_code_count_;
        }
    } else if (type == "end") {
        if (!fields_in_code_.empty()) {
            if (fields_in_code_.back()) --fields_in_code_count_;
            fields_in_code_.pop_back();
        }
    }
}

std::string BodyReader::numbering_label(pugi::xml_node properties) {
    std::string style = std::string(child_val(properties, "w:pStyle"));
    NumberingProperties own = numbering_properties(properties);
    NumberingProperties inherited = styles_.numbering_of(style);
    std::optional<long> num_id = own.num_id ? own.num_id : inherited.num_id;
    if (!num_id) return "";
    // The paragraph's own level; the style's level only goes with the style's list.
    std::optional<long> level = own.level;
    if (!level && !own.num_id) level = inherited.level;
    return numbering_.next_label(*num_id, level, style);
}

void BodyReader::paragraph(pugi::xml_node p, int depth) {
    if (!paragraph_starts_.empty()) out_.text += '\n';
    paragraph_starts_.push_back(out_.text.size());
    // Inside a field's code (a field spanning paragraphs) the paragraph shows no number either.
    std::string label = numbering_label(p.child("w:pPr"));
    emit(label);
    visit_children(p, depth);
}

std::size_t BodyReader::line_start_of_paragraph(std::size_t index, std::size_t fallback) const {
    return index < paragraph_starts_.size() ? paragraph_starts_[index] : fallback;
}

void BodyReader::table(pugi::xml_node tbl, int depth) {
    if (depth > kMaxDepth) throw InputError("corrupt .docx: word/document.xml nests tables too deeply", 0);
    // The slot is taken now so that an outer table comes before the tables in its cells.
    std::size_t slot = out_.tables.size();
    out_.tables.emplace_back();
    std::size_t first_paragraph = paragraph_starts_.size();
    std::size_t mark = out_.text.size();
    GridBuilder grid;
    std::size_t rows = 0, widest = 0;
    for_each_wrapped(tbl, "w:tr", depth, [&](pugi::xml_node tr, int d) {
        widest = std::max(widest, row(tr, grid, d));
        if (++rows > kMaxTableRows || rows * widest > kMaxGridPositions) table_too_large(rows, widest);
    });
    TextRange range{line_start_of_paragraph(first_paragraph, mark), out_.text.size()};
    out_.tables[slot] = grid.finish(range);
}

// Children named `name`, also those wrapped in content controls (w:sdt) or custom XML.
template <typename Fn>
void BodyReader::for_each_wrapped(pugi::xml_node parent, std::string_view name, int depth, Fn&& fn) {
    if (depth > kMaxDepth) throw InputError("corrupt .docx: word/document.xml nests elements too deeply", 0);
    for (pugi::xml_node child : parent.children()) {
        std::string_view child_name = child.name();
        if (child_name == name) fn(child, depth + 1);
        else if (child_name == "w:sdt") for_each_wrapped(child.child("w:sdtContent"), name, depth + 1, fn);
        else if (child_name == "w:customXml") for_each_wrapped(child, name, depth + 1, fn);
    }
}

// w:gridBefore / w:gridAfter (grid columns the row leaves out) become blank cells: the grid
// builder places cells at the next free column, so a gap needs a cell to hold it.
std::size_t BodyReader::row(pugi::xml_node tr, GridBuilder& grid, int depth) {
    grid.begin_row();
    pugi::xml_node properties = tr.child("w:trPr");
    std::size_t before = grid_columns(properties, "w:gridBefore");
    std::size_t after = grid_columns(properties, "w:gridAfter");
    // Their empty ranges are where the text stands when they come: the end of the text before.
    if (before > 0) grid.add_cell(TextRange{out_.text.size(), out_.text.size()}, 1, before);
    std::size_t width = before + after;
    for_each_wrapped(tr, "w:tc", depth, [&](pugi::xml_node tc, int d) {
        width += cell(tc, grid, d);
        if (width > kMaxTableColumns) table_too_large(1, width);
    });
    if (after > 0) grid.add_cell(TextRange{out_.text.size(), out_.text.size()}, 1, after);
    return width;
}

std::size_t BodyReader::cell(pugi::xml_node tc, GridBuilder& grid, int depth) {
    std::size_t first_paragraph = paragraph_starts_.size();
    std::size_t mark = out_.text.size();
    visit_children(tc, depth);
    TextRange range{line_start_of_paragraph(first_paragraph, mark), out_.text.size()};

    pugi::xml_node properties = tc.child("w:tcPr");
    std::size_t span = std::max<std::size_t>(1, grid_columns(properties, "w:gridSpan"));
    pugi::xml_node merge = properties.child("w:vMerge");
    // <w:vMerge/> without w:val continues the cell above; "restart" begins a merged cell.
    if (merge && std::string_view(merge.attribute("w:val").as_string("continue")) == "continue")
        grid.continue_cell_above(span);
    else
        grid.add_cell(range, 1, span);
    return span;
}

void BodyReader::add_suppressions() {
    const std::string& text = out_.text;
    for (const auto& [id, anchor] : comments_) {
        auto directive = directives_.find(id);
        if (directive == directives_.end()) continue;
        std::size_t begin = anchor.start.value_or(anchor.reference.value_or(anchor.end.value_or(0)));
        std::size_t end = anchor.end.value_or(anchor.reference.value_or(begin));
        if (!anchor.start && !anchor.end && !anchor.reference) continue;
        if (end < begin) std::swap(begin, end);
        // A comment on no text (a point) covers the whole lines it touches.
        if (begin == end) {
            begin = line_begin(text, begin);
            end = line_end(text, end);
        }
        out_.suppressions.push_back({TextRange{begin, end}, directive->second});
    }
    std::sort(out_.suppressions.begin(), out_.suppressions.end(),
              [](const InlineSuppression& a, const InlineSuppression& b) { return a.range.begin < b.range.begin; });
}

}  // namespace gklint::docx
