#include "audit/audit_record.h"

#include <algorithm>

#include "core/severity.h"
#include "output/place_text.h"
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

// The source line a finding starts on, at most 200 bytes of it (whole characters).
std::string excerpt(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t begin = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    begin = begin == std::string_view::npos || offset == 0 ? 0 : begin + 1;
    std::size_t end = text.find('\n', offset);
    std::string_view line = text.substr(begin, (end == std::string_view::npos ? text.size() : end) - begin);
    if (line.size() <= 200) return std::string(line);
    std::size_t cut = 200;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    return std::string(line.substr(0, cut)) + "…";
}

}  // namespace

AuditReport audit_record(const Analysis& analysis, const std::vector<Diagnostic>& diagnostics,
                         const std::string& content_hash, const std::string& rules_fingerprint,
                         const AgencyAliases& aliases, Language language) {
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
    // everything: no title naming an agency or a year, and fewer than three of the six parts.
    bool titled = model.title && (!model.title->agency.empty() || model.title->year);
    auto parts = std::count_if(model.sections.begin(), model.sections.end(), [](const Section& s) { return s.present; });
    if (!titled && parts < 3) {
        r.parse_status = "not-a-report";
        return r;
    }

    auto at = [&](std::size_t offset) { return doc.position(offset, ColumnUnit::CodePoint); };
    for (const auto& table : model.tables)
        for (const auto& cell : table.cells) {
            if (cell.row.empty() || cell.column.empty()) continue;
            Position p = at(cell.range.begin);
            r.facts.push_back({table.key, cell.block, cell.row, cell.column, std::string(kind_name(cell.kind)),
                               cell.number(), cell.raw, static_cast<std::int64_t>(p.line),
                               static_cast<std::int64_t>(p.column)});
        }
    r.findings = audit_findings(doc, diagnostics, language);
    return r;
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
        f.excerpt = excerpt(doc.text(), d.range.begin);
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
