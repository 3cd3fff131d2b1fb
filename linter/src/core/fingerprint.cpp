#include "core/fingerprint.h"

#include <cstdint>
#include <map>
#include <utility>
#include <string_view>

#include <fmt/format.h>

namespace gklint {
namespace {

std::uint64_t fnv1a_step(std::uint64_t hash, unsigned char c) { return (hash ^ c) * 1099511628211ull; }

std::uint64_t fnv1a(std::string_view data, std::uint64_t hash = 1469598103934665603ull) {
    for (unsigned char c : data) hash = fnv1a_step(hash, c);
    return hash;
}

// The hash continued over the text of the diagnosed line with whitespace removed
// (robust to reindentation), without copying the line: one line may be a whole page.
std::uint64_t fnv1a_squeezed_line(const Document& doc, std::size_t offset, std::uint64_t hash) {
    for (unsigned char c : doc.line_text(doc.lines().line_of(offset)))
        if (c != ' ' && c != '\t' && c != '\r') hash = fnv1a_step(hash, c);
    return hash;
}

}  // namespace

void assign_fingerprints(const Document& document, std::vector<Diagnostic>& diagnostics) {
    std::map<std::uint64_t, int> seen;
    // The line's part of the hash, for each (rule and text hashed so far, line): a line of
    // megabytes with thousands of findings of one rule on the same text is hashed once,
    // not once per finding (the fingerprints stay what they were).
    std::map<std::pair<std::uint64_t, std::size_t>, std::uint64_t> with_line;
    std::string_view text = document.text();
    for (auto& d : diagnostics) {
        std::uint64_t h = fnv1a(d.rule_id);
        h = fnv1a("\x1f", h);
        h = fnv1a(text.substr(d.range.begin, d.range.end - d.range.begin), h);
        h = fnv1a("\x1f", h);
        auto key = std::make_pair(h, document.lines().line_of(d.range.begin));
        auto it = with_line.find(key);
        if (it == with_line.end()) it = with_line.emplace(key, fnv1a_squeezed_line(document, d.range.begin, h)).first;
        h = it->second;
        int occurrence = seen[h]++;
        d.fingerprint = fmt::format("{:016x}:{}", h, occurrence);
    }
}

}  // namespace gklint
