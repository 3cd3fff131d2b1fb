#pragma once
// One linted report as the audit stores it: who wrote it and when (title, signature,
// report year), its format version and how completely its tables were read, every
// table cell as a fact, every finding with its position, place and source line.
#include <string>
#include <string_view>
#include <vector>

#include "audit/agency_key.h"
#include "audit/audit_store.h"
#include "core/diagnostic.h"
#include "core/language.h"
#include "model/analysis.h"

namespace gklint {

AuditReport audit_record(const Analysis& analysis, const std::vector<Diagnostic>& diagnostics,
                         const std::string& content_hash, const std::string& rules_fingerprint,
                         const AgencyAliases& aliases, Language language);

// A rule of the category cross-year/: its findings compare a report with last year's.
bool is_cross_year_rule(std::string_view rule_id);

// The two halves of audit_record: who wrote the report and when (title, signature,
// year; `not-a-report` for a README), then its facts and findings (none for a file that
// is not a report; findings of `cross-year/` rules get phase `cross-year`).
AuditReport audit_identity(const Analysis& analysis, const std::string& content_hash,
                           const std::string& rules_fingerprint, const AgencyAliases& aliases);
void add_audit_contents(const Analysis& analysis, const std::vector<Diagnostic>& diagnostics, Language language,
                        AuditReport& report);

// Diagnostics of a document as the audit stores them (phase: lint or cross-year).
std::vector<AuditFinding> audit_findings(const Document& document, const std::vector<Diagnostic>& diagnostics,
                                         Language language, const std::string& phase = "lint");

}  // namespace gklint
