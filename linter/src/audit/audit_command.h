#pragma once
// gklint audit PATH... --out DIR: lints every report under the paths on all cores and
// streams each one into DIR/gklint-audit.sqlite (docs/audit-design.md). Reports whose
// bytes and rules have not changed since the last audit are not linted again; Ctrl-C
// stops after the reports in hand are written, and the next run resumes.
#include <ostream>
#include <string>
#include <vector>

#include "app/cli_options.h"

namespace gklint {

struct AuditOptions {
    std::vector<std::string> paths;
    std::string out_dir;
    bool quiet = false;
    std::string export_format;  // "" or csv: DIR/csv/{reports,findings,facts}.csv
    std::string manifest;       // --manifest FILE.csv: agency, region, level, year, URL per file
    std::vector<std::string> aliases;  // --aliases FILE.yaml (after config/agency-aliases.yaml)
};

int run_audit(const AuditOptions& audit, const LintOptions& lint, std::ostream& out, std::ostream& err);

}  // namespace gklint
