#include "fix/unified_diff.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace gklint {
namespace {

// Lines with their terminators (\n, \r\n or a lone \r).
std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
            lines.push_back(text.substr(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < text.size()) lines.push_back(text.substr(start));
    return lines;
}

enum class Op { Equal, Delete, Insert };

// Myers' O(ND) shortest edit script between a[lo_a, hi_a) and b[lo_b, hi_b);
// gives up beyond `max_d` differences and then replaces the whole range.
void myers(const std::vector<std::string_view>& a, std::size_t lo_a, std::size_t hi_a,
           const std::vector<std::string_view>& b, std::size_t lo_b, std::size_t hi_b, std::vector<Op>& ops) {
    const long n = static_cast<long>(hi_a - lo_a);
    const long m = static_cast<long>(hi_b - lo_b);
    const long max_d = std::min<long>(n + m, 1000);
    const long offset = max_d + 1;
    std::vector<long> v(static_cast<std::size_t>(2 * offset + 1), 0);
    std::vector<std::vector<long>> trace;
    long found_d = -1;
    for (long d = 0; d <= max_d && found_d < 0; ++d) {
        trace.push_back(v);
        for (long k = -d; k <= d; k += 2) {
            long x = (k == -d || (k != d && v[static_cast<std::size_t>(offset + k - 1)] <
                                                v[static_cast<std::size_t>(offset + k + 1)]))
                         ? v[static_cast<std::size_t>(offset + k + 1)]
                         : v[static_cast<std::size_t>(offset + k - 1)] + 1;
            long y = x - k;
            while (x < n && y < m && a[lo_a + static_cast<std::size_t>(x)] == b[lo_b + static_cast<std::size_t>(y)]) {
                ++x;
                ++y;
            }
            v[static_cast<std::size_t>(offset + k)] = x;
            if (x >= n && y >= m) {
                found_d = d;
                break;
            }
        }
    }
    if (found_d < 0) {  // too different: delete all, insert all
        ops.insert(ops.end(), static_cast<std::size_t>(n), Op::Delete);
        ops.insert(ops.end(), static_cast<std::size_t>(m), Op::Insert);
        return;
    }
    std::vector<Op> reversed;
    long x = n, y = m;
    for (long d = found_d; d > 0; --d) {
        const std::vector<long>& pv = trace[static_cast<std::size_t>(d)];
        long k = x - y;
        bool down = k == -d || (k != d && pv[static_cast<std::size_t>(offset + k - 1)] <
                                              pv[static_cast<std::size_t>(offset + k + 1)]);
        long prev_k = down ? k + 1 : k - 1;
        long prev_x = pv[static_cast<std::size_t>(offset + prev_k)];
        long prev_y = prev_x - prev_k;
        while (x > prev_x && y > prev_y) {
            reversed.push_back(Op::Equal);
            --x;
            --y;
        }
        reversed.push_back(down ? Op::Insert : Op::Delete);
        x = prev_x;
        y = prev_y;
    }
    while (x > 0 && y > 0) {
        reversed.push_back(Op::Equal);
        --x;
        --y;
    }
    ops.insert(ops.end(), reversed.rbegin(), reversed.rend());
}

std::vector<Op> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    std::vector<Op> ops(prefix, Op::Equal);
    myers(a, prefix, a.size() - suffix, b, prefix, b.size() - suffix, ops);
    ops.insert(ops.end(), suffix, Op::Equal);
    return ops;
}

void print_line(std::string& out, char mark, std::string_view line) {
    bool terminated = !line.empty() && (line.back() == '\n' || line.back() == '\r');
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    out.push_back(mark);
    out.append(line);
    out.push_back('\n');
    if (!terminated) out.append("\\ No newline at end of file\n");
}

std::string range_label(std::size_t start, std::size_t count) {
    // diff -u: an empty range names the line before it.
    if (count == 0) return fmt::format("{},0", start);
    if (count == 1) return fmt::format("{}", start + 1);
    return fmt::format("{},{}", start + 1, count);
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, const std::string& label,
                         std::size_t context) {
    if (before == after) return {};
    auto a = split_lines(before);
    auto b = split_lines(after);
    std::vector<Op> ops = edit_script(a, b);

    std::string out = fmt::format("--- {}\n+++ {}\n", label, label);
    std::size_t i = 0;
    while (i < ops.size()) {
        if (ops[i] == Op::Equal) {
            ++i;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after
        // the last change that is at most 2*context equal lines away.
        std::size_t start = i >= context ? i - context : 0;
        std::size_t end = i;
        while (end < ops.size()) {
            std::size_t run = end;
            while (run < ops.size() && ops[run] != Op::Equal) ++run;
            std::size_t equal = run;
            while (equal < ops.size() && ops[equal] == Op::Equal) ++equal;
            end = run;
            if (equal == ops.size() || equal - run > 2 * context) {
                end = std::min(ops.size(), run + context);
                break;
            }
            end = equal;
        }
        // Line numbers where the hunk starts.
        std::size_t ai = 0, bi = 0;
        for (std::size_t j = 0; j < start; ++j) {
            if (ops[j] != Op::Insert) ++ai;
            if (ops[j] != Op::Delete) ++bi;
        }
        std::size_t a_count = 0, b_count = 0;
        for (std::size_t j = start; j < end; ++j) {
            if (ops[j] != Op::Insert) ++a_count;
            if (ops[j] != Op::Delete) ++b_count;
        }
        out += fmt::format("@@ -{} +{} @@\n", range_label(ai, a_count), range_label(bi, b_count));
        std::size_t ax = ai, bx = bi;
        for (std::size_t j = start; j < end; ++j) {
            switch (ops[j]) {
            case Op::Equal: print_line(out, ' ', a[ax++]); ++bx; break;
            case Op::Delete: print_line(out, '-', a[ax++]); break;
            case Op::Insert: print_line(out, '+', b[bx++]); break;
            }
        }
        i = end;
    }
    return out;
}

}  // namespace gklint
