// kind: table-labels — row and column labels of the statistics tables that
// identify a template label but are not its wording (nor an accepted variant).
// Reported at the written label, with a fix replacing it by the template label (for a
// label wrapped over lines, only the characters that differ, so its line breaks stay):
// safe when the written label is a known deviation or differs only in punctuation, a
// suggestion otherwise.
// A template row with sub-rows written as one value row of its own, its sub-rows absent
// (a 2021 table 三 that keeps the 2019 single row （六）其他处理), is reported at that
// row with `split_message` (the table is still read, the row as written).
// Keys: `tables` (optional), `split_message` (required: zh/en).
// Message values: {table} {table_name} {written} {expected} {what} (行/列, row/column);
// in `split_message` {expected} lists the sub-rows and {count} counts them.
#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "model/analysis.h"
#include "normalize/fold.h"
#include "text/code_points.h"
#include "packs/message_template.h"
#include "packs/rule_kind.h"
#include "packs/table_pack_rule.h"
#include "packs/table_rule_support.h"

namespace gklint {
namespace {

// The code points of text[begin, end) that are not whitespace.
std::vector<CodePoint> non_space_chars(std::string_view text, std::size_t begin, std::size_t end) {
    std::vector<CodePoint> out;
    decode_code_points(text, {begin, end}, out);
    std::erase_if(out, [](const CodePoint& ch) { return is_unicode_space(ch.c); });
    return out;
}

std::u32string to_u32(std::string_view text) {
    std::u32string out;
    for (const auto& ch : non_space_chars(text, 0, text.size())) out.push_back(ch.c);
    return out;
}

std::u32string without_punctuation(const std::u32string& s) {
    std::u32string out;
    for (char32_t c : s)
        if (!u_ispunct(static_cast<UChar32>(c))) out.push_back(c);
    return out;
}

// For a label wrapped over lines: the smallest edit turning it into `expected`, what lies
// between their common prefix and suffix (whitespace ignored). None when that edit would
// span a line break, or when the written text is not the label as read (normalised script).
std::optional<Fix> minimal_fix(std::string_view text, TextRange range, const std::string& expected,
                               const std::string& written) {
    if (range.end > text.size() || range.begin >= range.end) return std::nullopt;
    auto have = non_space_chars(text, range.begin, range.end);
    std::u32string want = to_u32(expected);
    std::u32string as_read;
    for (const auto& ch : have) as_read.push_back(ch.c);
    if (have.empty() || as_read != to_u32(written)) return std::nullopt;
    std::size_t prefix = 0;
    while (prefix < have.size() && prefix < want.size() && have[prefix].c == want[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < have.size() - prefix && suffix < want.size() - prefix &&
           have[have.size() - 1 - suffix].c == want[want.size() - 1 - suffix])
        ++suffix;
    if (prefix == have.size() && prefix == want.size()) return std::nullopt;
    TextRange edit;
    if (prefix + suffix < have.size()) {
        edit = {have[prefix].begin, have[have.size() - 1 - suffix].end};
    } else {
        std::size_t at = prefix > 0 ? have[prefix - 1].end : have[prefix].begin;
        edit = {at, at};
    }
    if (!single_line(text, edit)) return std::nullopt;
    std::u32string middle = want.substr(prefix, want.size() - prefix - suffix);
    std::string replacement;
    for (char32_t c : middle) {
        char buf[4];
        int32_t n = 0;
        U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(c));
        replacement.append(buf, static_cast<std::size_t>(n));
    }
    return Fix{edit, replacement, false};
}

class TableLabelsRule final : public TablePackRule {
public:
    explicit TableLabelsRule(PackRuleDefinition& def)
        : TablePackRule(def), split_message_(def.file.localized(def.node["split_message"], "split_message")) {}

    void check(CheckContext& ctx) const override {
        bool en = ctx.language == Language::En;
        std::string_view text = ctx.document.text();
        const ReportTemplate* tmpl = ctx.analysis.tmpl();
        for (const Table* t : tables(ctx)) {
            const Table& table = *t;
            const TemplateTable* ttable = tmpl ? tmpl->table(table.key) : nullptr;
            auto report_labels = [&](const std::vector<LabelMatch>& labels, const char* zh, const char* en_what) {
                for (const auto& m : labels) {
                    if (!m.found || m.exact || m.range.begin == m.range.end) continue;
                    Diagnostic& d = report(ctx, table, m.range,
                                           {{"written", m.written}, {"expected", m.expected}, {"what", en ? en_what : zh}});
                    std::optional<Fix> fix = single_line(text, m.range)
                                                 ? std::optional<Fix>(Fix{m.range, m.expected, false})
                                                 : minimal_fix(text, m.range, m.expected, m.written);
                    if (fix) {
                        fix->safe = certain(ttable, m);
                        d.fix = std::move(fix);
                    }
                }
            };
            // Block captions (第二十条第（N）项) are the article rules' concern.
            report_labels(table.rows, "行", "row");
            report_labels(table.columns, "列", "column");
            report_rows_not_split(ctx, table, ttable);
        }
    }

private:
    void report_rows_not_split(CheckContext& ctx, const Table& table, const TemplateTable* ttable) const {
        if (!ttable) return;
        const bool en = ctx.language == Language::En;
        for (const auto& m : table.rows) {
            const TemplateLabel* label = find_template_label(ttable, "", m.key);
            if (!m.found || !label || !label->parent_only) continue;
            bool has_values = std::any_of(table.cells.begin(), table.cells.end(),
                                          [&](const Cell& c) { return c.row == m.key && c.kind != CellKind::Missing; });
            if (!has_values) continue;
            std::string children;
            std::size_t count = 0;
            for (const auto& row : ttable->rows)
                if (row.parent == m.key) {
                    children += (children.empty() ? "" : en ? ", " : "、") + ("“" + row.label + "”");
                    ++count;
                }
            if (count == 0) continue;
            report(ctx, table, m.range,
                   {{"written", m.written}, {"expected", children}, {"count", std::to_string(count)}, {"what", en ? "row" : "行"}},
                   &split_message_);
        }
    }

    // The fix is safe when the written label is a known wrong wording of the template
    // (`deviations`), possibly with "N、" for "N.", or has the template's words with only
    // its punctuation misplaced: nothing else can be in that text. Other near matches (PDF
    // text with a neighbouring cell mixed in) get a suggestion.
    static bool certain(const TemplateTable* ttable, const LabelMatch& m) {
        if (without_punctuation(to_u32(m.written)) == without_punctuation(to_u32(m.expected))) return true;
        const TemplateLabel* label = find_template_label(ttable, "", m.key);
        if (!label) return false;
        std::string written = m.written;
        if (auto pos = written.find("、"); pos != std::string::npos && pos > 0 && pos <= 2)
            written.replace(pos, std::string_view("、").size(), ".");
        for (const auto& d : label->deviations)
            if (d == written || d == m.written) return true;
        return written == label->label;
    }

    LocalizedText split_message_;
};

}  // namespace

std::unique_ptr<Rule> make_table_labels_rule(PackRuleDefinition& def) {
    def.meta.fixable = true;
    return make_table_pack_rule<TableLabelsRule>(def);
}

}  // namespace gklint
