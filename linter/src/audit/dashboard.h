#pragma once
// The audit's dashboard (docs/audit-design.md §7): one self-contained HTML file — CSS,
// JS and data inlined, no network — generated from the database. The data is JSON,
// gzip-compressed and base64-encoded in the page, which decompresses it in the
// browser (DecompressionStream), so that 10,000 reports stay a few megabytes.
#include <cstddef>
#include <string>

namespace gklint {

class AuditStore;
struct TemplateSet;

struct DashboardSize {
    std::size_t bytes = 0, data_bytes = 0, compressed_bytes = 0;
};

// Writes `path` (atomically). `language`: zh or en, for the page's labels.
DashboardSize write_dashboard(AuditStore& store, const TemplateSet& templates, const std::string& language,
                              const std::string& path);

}  // namespace gklint
