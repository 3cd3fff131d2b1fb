#pragma once
// The baseline file (docs/fixes-and-baselines.md): findings accepted so far,
// by file, rule and fingerprint, with how often each occurs.
#include <cstddef>
#include <string>
#include <vector>

namespace gklint {

inline constexpr int kBaselineVersion = 1;

struct BaselineEntry {
    std::string file;         // relative to the baseline file's directory, with '/'
    std::string rule;
    std::string fingerprint;  // the diagnostic's fingerprint without its occurrence number
    std::size_t count = 1;    // findings with this file, rule and fingerprint
    std::string message;      // of the first of them, for people reading the file
};

struct Baseline {
    std::vector<BaselineEntry> entries;
};

// Throws std::runtime_error saying what is wrong with the file.
Baseline read_baseline(const std::string& path);
// Entries are written sorted by file, rule, fingerprint. Throws std::runtime_error.
void write_baseline(const std::string& path, const Baseline& baseline);

}  // namespace gklint
