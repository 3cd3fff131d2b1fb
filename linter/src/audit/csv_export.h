#pragma once
// gklint audit --export csv: the database's reports, findings and facts as CSV files
// (UTF-8 with a BOM, so that Excel reads the Chinese; RFC 4180 quoting).
#include <string>

#include "audit/audit_store.h"

namespace gklint {

// Writes reports.csv, findings.csv and facts.csv into `dir`; returns the number of rows written.
std::size_t export_csv(AuditStore& store, const std::string& dir);

}  // namespace gklint
