#pragma once
// "Did you mean …?" for misspelt names.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gklint {

// The candidate nearest to `word` by edit distance, when it is close enough to
// be an obvious typo (at most a third of the word's length differs).
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace gklint
