#pragma once
// Matching findings against a baseline: by file, rule and fingerprint, each
// entry absorbing up to `count` findings. Line numbers play no part, so findings
// keep matching when lines move.
#include <cstddef>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "baseline/baseline_file.h"
#include "core/diagnostic.h"

namespace gklint {

// `file` as the baseline names it: relative to the directory of `baseline_path`,
// lexically normalised, with '/' separators.
std::string baseline_relative_path(const std::string& file, const std::string& baseline_path);

// A diagnostic's fingerprint without the occurrence number the runner appends.
std::string baseline_fingerprint(const Diagnostic& diagnostic);

// Counts findings per (file, rule, fingerprint) for --baseline-write.
class BaselineRecorder {
public:
    explicit BaselineRecorder(std::string baseline_path) : baseline_path_(std::move(baseline_path)) {}
    void add(const std::string& file, const std::vector<Diagnostic>& diagnostics);
    Baseline baseline() const;
    std::size_t findings() const { return findings_; }

private:
    std::string baseline_path_;
    std::map<std::tuple<std::string, std::string, std::string>, BaselineEntry> entries_;
    std::size_t findings_ = 0;
};

// Removes baselined findings for --baseline.
class BaselineFilter {
public:
    BaselineFilter(const Baseline& baseline, std::string baseline_path);
    // Drops the findings of `file` the baseline covers, in document order.
    void filter(const std::string& file, std::vector<Diagnostic>& diagnostics);

    std::size_t suppressed() const { return suppressed_; }
    // Baselined findings of the filtered files that did not occur any more.
    std::size_t gone() const;

private:
    using Key = std::tuple<std::string, std::string, std::string>;
    std::string baseline_path_;
    std::map<Key, std::size_t> remaining_;
    std::map<std::string, std::vector<Key>> keys_by_file_;
    std::vector<std::string> filtered_files_;
    std::size_t suppressed_ = 0;
};

}  // namespace gklint
