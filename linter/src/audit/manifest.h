#pragma once
// `gklint audit --manifest FILE.csv`: who wrote each report, when file names and titles
// are unreliable. A CSV file (UTF-8, optional BOM, RFC 4180 quoting) with a header row;
// columns by name, only `path` required:
//
//   path,agency,region_code,parent_region,level,year,url
//   2024/pingtan.html,平潭综合实验区,350128,福州市,县,2024,https://…
//
// A path is relative to the manifest's folder unless absolute. A non-empty value
// overrides what the report's title and signature say.
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace gklint {

struct ManifestEntry {
    std::string agency, region_code, parent_region, level, url;
    std::optional<int> year;
};

class Manifest {
public:
    // Throws std::runtime_error with the file and line of what is wrong.
    explicit Manifest(const std::string& path);

    // The entry of a report file, by its canonical path; null when none.
    const ManifestEntry* find(const std::string& report_path) const;
    // Files the manifest lists that no audited path matched (looked up so far).
    std::vector<std::string> unmatched() const;

private:
    std::map<std::string, ManifestEntry> entries_;  // canonical path → entry
    mutable std::map<std::string, bool> matched_;
    mutable std::mutex mutex_;  // find() is called by the audit's workers
};

}  // namespace gklint
