#pragma once
// A unified diff (`diff -u` shape, 3 lines of context) between two texts.
#include <string>
#include <string_view>

namespace gklint {

// Empty when the texts are equal. Both headers name `label`. Lines are compared
// with their terminators and printed without them ("\r" included would garble
// terminals); a last line without one gets "\ No newline at end of file".
std::string unified_diff(std::string_view before, std::string_view after, const std::string& label,
                         std::size_t context = 3);

}  // namespace gklint
