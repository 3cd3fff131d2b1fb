#pragma once
// Hard-wrapped text (PDF text, e-mail style): lines broken at a fixed width inside
// a paragraph. Which line breaks are such soft wraps, so that the prose model reads
// a paragraph as one, whatever the layout.
#include <string_view>
#include <vector>

namespace gklint {

// Byte offsets of the '\n' that wrap a paragraph (sorted). Empty when the text is
// not hard-wrapped: then every line is its own paragraph, as written.
std::vector<std::size_t> soft_line_breaks(std::string_view text);

}  // namespace gklint
