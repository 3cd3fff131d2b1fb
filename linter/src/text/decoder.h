#pragma once
// Turns the bytes of an input file into UTF-8 text with a map back to the bytes.
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include "text/source_map.h"

namespace gklint {

// Input that cannot be linted; `byte_offset` is where the problem is.
class InputError : public std::runtime_error {
public:
    InputError(const std::string& what, std::size_t byte_offset)
        : std::runtime_error(what), byte_offset_(byte_offset) {}
    std::size_t byte_offset() const { return byte_offset_; }

private:
    std::size_t byte_offset_;
};

struct DecodedText {
    std::string text;      // UTF-8, without BOM; line endings as in the file
    std::string encoding;  // canonical name: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", …
    bool bom = false;
    SourceMap map;
};

// Detects the encoding (BOM, then valid UTF-8, then GB18030) unless `encoding`
// names one. Throws InputError for empty, binary or undecodable input.
DecodedText decode(std::string_view bytes, std::string_view encoding = {});

// The offset of the first invalid UTF-8 sequence in `s`, or npos.
std::size_t first_invalid_utf8(std::string_view s);

}  // namespace gklint
