#include "baseline/baseline_match.h"

#include <filesystem>

namespace gklint {

std::string baseline_relative_path(const std::string& file, const std::string& baseline_path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path absolute_file = fs::absolute(file, ec).lexically_normal();
    fs::path base_dir = fs::absolute(baseline_path, ec).lexically_normal().parent_path();
    fs::path relative = absolute_file.lexically_relative(base_dir);
    if (ec || relative.empty()) return absolute_file.generic_string();
    return relative.generic_string();
}

std::string baseline_fingerprint(const Diagnostic& diagnostic) {
    const std::string& f = diagnostic.fingerprint;
    return f.substr(0, f.rfind(':'));
}

void BaselineRecorder::add(const std::string& file, const std::vector<Diagnostic>& diagnostics) {
    std::string relative = baseline_relative_path(file, baseline_path_);
    for (const auto& d : diagnostics) {
        std::string fingerprint = baseline_fingerprint(d);
        auto [it, inserted] = entries_.try_emplace({relative, d.rule_id, fingerprint},
                                                   BaselineEntry{relative, d.rule_id, fingerprint, 0, d.message});
        ++it->second.count;
        ++findings_;
    }
}

Baseline BaselineRecorder::baseline() const {
    Baseline out;
    for (const auto& [key, entry] : entries_) out.entries.push_back(entry);
    return out;
}

BaselineFilter::BaselineFilter(const Baseline& baseline, std::string baseline_path)
    : baseline_path_(std::move(baseline_path)) {
    for (const auto& e : baseline.entries) {
        Key key{e.file, e.rule, e.fingerprint};
        auto [it, inserted] = remaining_.try_emplace(key, 0);
        if (inserted) keys_by_file_[e.file].push_back(key);
        it->second += e.count;
    }
}

void BaselineFilter::filter(const std::string& file, std::vector<Diagnostic>& diagnostics) {
    std::string relative = baseline_relative_path(file, baseline_path_);
    filtered_files_.push_back(relative);
    std::vector<Diagnostic> kept;
    for (auto& d : diagnostics) {
        auto it = remaining_.find({relative, d.rule_id, baseline_fingerprint(d)});
        if (it != remaining_.end() && it->second > 0) {
            --it->second;
            ++suppressed_;
            continue;
        }
        kept.push_back(std::move(d));
    }
    diagnostics = std::move(kept);
}

std::size_t BaselineFilter::gone() const {
    std::size_t gone = 0;
    std::map<std::string, bool> counted;
    for (const auto& file : filtered_files_) {
        if (counted[file]) continue;  // the same file given twice
        counted[file] = true;
        auto keys = keys_by_file_.find(file);
        if (keys == keys_by_file_.end()) continue;
        for (const auto& key : keys->second) gone += remaining_.at(key);
    }
    return gone;
}

}  // namespace gklint
