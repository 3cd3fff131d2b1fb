#pragma once
// UTF-8 text back into a file's charset, the inverse of text/decoder (ICU).
#include <optional>
#include <string>
#include <string_view>

namespace gklint {

// `utf8` in the charset `encoding` (a name text/decoder reports: "UTF-8",
// "GB18030", "UTF-16LE", …), without a byte order mark. nullopt when a character
// has no representation in that charset or the charset is unknown.
std::optional<std::string> encode_text(std::string_view utf8, const std::string& encoding);

}  // namespace gklint
