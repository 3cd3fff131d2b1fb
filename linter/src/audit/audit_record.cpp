#include "audit/audit_record.h"

#include <algorithm>

#include "core/severity.h"
#include "output/place_text.h"
#include "packs/table_rule_support.h"
#include "read/input_format.h"

namespace gklint {
namespace {

std::string_view kind_name(CellKind kind) {
    switch (kind) {
        case CellKind::Number: return "number";
        case CellKind::Blank: return "blank";
        case CellKind::Placeholder: return "placeholder";
        case CellKind::Text: return "text";
        case CellKind::Missing: return "missing";
    }
    return "missing";
}

// parsed: every table read; partial: some read, or read with problems; unparsable: none.
std::string parse_status(const ReportModel& model) {
    std::size_t present = 0, parsed = 0;
    for (const auto& t : model.tables) {
        present += t.present;
        parsed += t.parsed;
    }
    if (parsed == model.tables.size() && !model.tables.empty()) return "parsed";
    return present > 0 ? "partial" : "unparsable";
}

// The text line around a finding: up to 60 characters before its start and 140 after,
// within its line; the finding's characters in it, for highlighting (code points).
struct Excerpt {
    std::string text;
    std::int64_t mark_begin = 0, mark_length = 0;
};

Excerpt excerpt(std::string_view text, TextRange range) {
    std::size_t offset = range.begin;
    offset = std::min(offset, text.size());
    std::size_t line_begin = offset == 0 ? 0 : text.rfind('\n', offset - 1);
    line_begin = line_begin == std::string_view::npos || offset == 0 ? 0 : line_begin + 1;
    std::size_t line_end = text.find('\n', offset);
    if (line_end == std::string_view::npos) line_end = text.size();
    auto is_start = [&](std::size_t i) { return i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80; };
    std::size_t begin = offset;
    for (int n = 0; n < 60 && begin > line_begin;) {
        --begin;
        if (is_start(begin)) ++n;
    }
    std::size_t end = offset;
    for (int n = 0; n < 140 && end < line_end;) {
        ++end;
        if (is_start(end)) ++n;
    }
    Excerpt e;
    e.text = std::string(text.substr(begin, end - begin));
    for (std::size_t i = begin; i < offset; ++i) e.mark_begin += is_start(i);
    for (std::size_t i = offset; i < std::min(range.end, end); ++i) e.mark_length += is_start(i);
    return e;
}

}  // namespace

bool is_cross_year_rule(std::string_view rule_id) { return rule_id.rfind("cross-year/", 0) == 0; }

AuditReport audit_record(const Analysis& analysis, const std::vector<Diagnostic>& diagnostics,
                         const std::string& content_hash, const std::string& rules_fingerprint,
                         const AgencyAliases& aliases, Language language) {
    AuditReport r = audit_identity(analysis, content_hash, rules_fingerprint, aliases);
    add_audit_contents(analysis, diagnostics, language, r);
    return r;
}

AuditReport audit_identity(const Analysis& analysis, const std::string& content_hash,
                           const std::string& rules_fingerprint, const AgencyAliases& aliases) {
    const Document& doc = analysis.document();
    const ReportModel& model = analysis.model();
    AuditReport r;
    r.path = doc.path();
    r.content_hash = content_hash;
    r.rules_fingerprint = rules_fingerprint;
    r.size = static_cast<std::int64_t>(doc.original_bytes().size());
    r.input_kind = std::string(input_format_name(doc.format()));
    if (model.title && !model.title->agency.empty()) r.agency = model.title->agency;
    else if (model.signature) r.agency = model.signature->agency;
    r.agency_key = agency_key(r.agency, aliases);
    r.level = agency_level(r.agency);
    r.year = model.year;
    r.format_version = model.format.version;
    if (model.title) r.title = model.title->text;
    r.parse_status = parse_status(model);
    // A README or a notice in the folder is not audited as a report that is missing
    // everything: fewer than three of the six parts and no statistics table.
    auto parts = std::count_if(model.sections.begin(), model.sections.end(), [](const Section& s) { return s.present; });
    bool tables = std::any_of(model.tables.begin(), model.tables.end(), [](const Table& t) { return t.present; });
    if (parts < 3 && !tables) {
        r.parse_status = "not-a-report";
        r.agency_key.clear();  // not linked to any agency's years
    }
    return r;
}

void add_audit_contents(const Analysis& analysis, const std::vector<Diagnostic>& diagnostics, Language language,
                        AuditReport& r) {
    if (r.parse_status == "not-a-report") return;
    const Document& doc = analysis.document();
    const ReportModel& model = analysis.model();
    auto at = [&](std::size_t offset) { return doc.position(offset, ColumnUnit::CodePoint); };
    for (const auto& table : model.tables) {
        // Cells of rows the parser could not read cell for cell (run-together digits with
        // several splits, values missing) are stored as `unread`, without a value: a
        // query must not sum "8855698".
        std::optional<RowKeys> unread = unread_rows(table);
        for (const auto& cell : table.cells) {
            if (cell.row.empty() || cell.column.empty()) continue;
            Position p = at(cell.range.begin);
            bool doubtful = !unread || in_rows(*unread, cell);
            r.facts.push_back({table.key, cell.block, cell.row, cell.column,
                               doubtful ? std::string("unread") : std::string(kind_name(cell.kind)),
                               doubtful ? std::nullopt : cell.number(), cell.raw, static_cast<std::int64_t>(p.line),
                               static_cast<std::int64_t>(p.column)});
        }
    }
    r.findings = audit_findings(doc, diagnostics, language);
    // The cross-year rules' findings belong to the comparison with last year's report.
    for (auto& f : r.findings)
        if (is_cross_year_rule(f.rule_id)) f.phase = "cross-year";
}

std::vector<AuditFinding> audit_findings(const Document& doc, const std::vector<Diagnostic>& diagnostics,
                                         Language language, const std::string& phase) {
    auto at = [&](std::size_t offset) { return doc.position(offset, ColumnUnit::CodePoint); };
    std::vector<AuditFinding> out;
    for (const auto& d : diagnostics) {
        AuditFinding f;
        f.phase = phase;
        f.rule_id = d.rule_id;
        f.severity = std::string(severity_name(d.severity));
        f.message = d.message;
        Position b = at(d.range.begin), e = at(d.range.end);
        f.line = static_cast<std::int64_t>(b.line);
        f.column = static_cast<std::int64_t>(b.column);
        f.end_line = static_cast<std::int64_t>(e.line);
        f.end_column = static_cast<std::int64_t>(e.column);
        f.place = place_text(doc.place(d.range.begin), language);
        Excerpt shown = excerpt(doc.text(), d.range);
        f.excerpt = std::move(shown.text);
        f.mark_begin = shown.mark_begin;
        f.mark_length = shown.mark_length;
        f.fingerprint = d.fingerprint;
        for (const auto& n : d.notes) {
            if (n.elsewhere) {
                f.notes.push_back({static_cast<std::int64_t>(n.elsewhere->line),
                                   static_cast<std::int64_t>(n.elsewhere->column), n.message, n.elsewhere->path});
                if (!f.related_path) {
                    f.related_path = n.elsewhere->path;
                    f.related_line = static_cast<std::int64_t>(n.elsewhere->line);
                }
                continue;
            }
            Position p = at(n.range.begin);
            f.notes.push_back({static_cast<std::int64_t>(p.line), static_cast<std::int64_t>(p.column), n.message, std::nullopt});
        }
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace gklint
