#include "model/digit_split.h"

#include <cstdint>

namespace gklint {
namespace {

constexpr std::size_t kMaxSolutionsKept = 2;
constexpr std::size_t kMaxDigits = 40;
constexpr std::size_t kMaxSteps = 200000;

struct Search {
    std::string_view digits;
    std::vector<bool> boundary;  // boundary[i]: a cell ends before digits[i]
    const std::vector<TemplateLabel>& columns;
    std::vector<std::string> current;
    DigitSplit result;
    std::size_t steps = 0;

    bool constraints_hold() const {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (columns[c].sum_of.empty()) continue;
            std::uint64_t sum = 0;
            for (const auto& key : columns[c].sum_of)
                for (std::size_t k = 0; k < columns.size(); ++k)
                    if (columns[k].key == key) sum += std::stoull(current[k]);
            if (sum != std::stoull(current[c])) return false;
        }
        return true;
    }

    void run(std::size_t pos) {
        if (result.solutions >= kMaxSolutionsKept) return;
        if (++steps > kMaxSteps) {
            result.solutions = kMaxSolutionsKept;  // too many ways: treat as ambiguous
            return;
        }
        std::size_t column = current.size();
        std::size_t left = columns.size() - column;
        if (left == 0) {
            if (pos == digits.size() && constraints_hold()) {
                if (result.solutions++ == 0) result.parts = current;
            }
            return;
        }
        std::size_t remaining = digits.size() - pos;
        if (remaining < left) return;
        // A value never starts with 0 unless it is 0; at most 12 digits.
        std::size_t max_len = digits[pos] == '0' ? 1 : std::min<std::size_t>(12, remaining - (left - 1));
        for (std::size_t len = 1; len <= max_len; ++len) {
            if (len > 1 && boundary[pos + len - 1]) break;  // a value never spans two cells
            current.emplace_back(digits.substr(pos, len));
            run(pos + len);
            current.pop_back();
        }
    }
};

}  // namespace

DigitSplit split_digit_runs(const std::vector<std::string>& runs, const std::vector<TemplateLabel>& columns) {
    std::string digits;
    std::vector<bool> boundary;
    for (const auto& r : runs) {
        for (std::size_t i = 0; i < r.size(); ++i) boundary.push_back(i == 0);
        digits += r;
    }
    boundary.push_back(true);
    Search s{digits, boundary, columns, {}, {}, 0};
    if (columns.empty() || digits.size() > kMaxDigits) return s.result;
    if (digits.size() == columns.size() && !digits.empty()) {  // one digit per column: the only split there is
        for (char d : digits) s.result.parts.emplace_back(1, d);
        s.result.solutions = 1;
        return s.result;
    }
    s.run(0);
    return s.result;
}

}  // namespace gklint
