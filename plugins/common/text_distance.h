#pragma once
// Code points and edit distances, for comparing short written titles with the
// official ones (bundled plugins only).
#include <string>
#include <string_view>
#include <vector>

namespace plugin_common {

std::u32string to_u32(std::string_view utf8);
std::string to_utf8(std::u32string_view text);

// Levenshtein table between `a` and `b` (d[i][j]: a[0,i) against b[0,j)), for callers
// that walk back through the edits.
std::vector<std::vector<int>> edit_table(std::u32string_view a, std::u32string_view b);
int edit_distance(std::u32string_view a, std::u32string_view b);

}  // namespace plugin_common
