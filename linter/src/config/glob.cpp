// Glob matching on '/'-separated paths: fnmatch(3) matches one segment at a
// time, and a "**" segment stands for any number of whole segments.
#include <fnmatch.h>

#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"

namespace gklint {
namespace {

std::vector<std::string> split_segments(std::string_view path) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        std::size_t slash = path.find('/', start);
        out.emplace_back(path.substr(start, slash == std::string_view::npos ? slash : slash - start));
        if (slash == std::string_view::npos) return out;
        start = slash + 1;
    }
}

bool segment_match(const std::string& pattern, const std::string& segment) {
    return fnmatch(pattern.c_str(), segment.c_str(), 0) == 0;
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
    std::string full(pattern);
    // "drafts/" means everything below drafts.
    if (!full.empty() && full.back() == '/') full += "**";
    std::vector<std::string> pat = split_segments(full);
    std::vector<std::string> segs = split_segments(path);

    // Wildcard matching over segments, "**" playing the part of '*': on a
    // mismatch, let the most recent "**" swallow one more segment and retry.
    std::size_t p = 0, s = 0;
    std::size_t star = std::string::npos, star_s = 0;
    while (s < segs.size()) {
        if (p < pat.size() && pat[p] == "**") {
            star = p++;
            star_s = s;
        } else if (p < pat.size() && segment_match(pat[p], segs[s])) {
            ++p;
            ++s;
        } else if (star != std::string::npos) {
            p = star + 1;
            s = ++star_s;
        } else {
            return false;
        }
    }
    while (p < pat.size() && pat[p] == "**") ++p;
    return p == pat.size();
}

}  // namespace gklint
