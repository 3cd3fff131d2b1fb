#pragma once
// Test inputs in legacy encodings, made with ICU from UTF-8 literals.
#include <string>
#include <string_view>

namespace gklint::test {

// `utf8` converted to the charset `to` (e.g. "GB18030", "UTF-16LE"); throws on failure.
std::string encode_as(std::string_view utf8, const char* to);

}  // namespace gklint::test
