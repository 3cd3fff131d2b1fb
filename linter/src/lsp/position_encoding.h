#pragma once
// LSP positions (0-based line, character counted in the negotiated encoding) and
// byte offsets in the UTF-8 text an editor sent, both ways.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/line_index.h"

namespace gklint::lsp {

enum class PositionEncoding { Utf8, Utf16, Utf32 };

std::string_view encoding_name(PositionEncoding encoding);  // "utf-8", "utf-16", "utf-32"
std::optional<PositionEncoding> parse_encoding(std::string_view name);

// The encoding to use, from the client's offered encodings in its order of
// preference (`general.positionEncodings`, or clangd's `offsetEncoding`): the
// first one gklint knows (it knows all three); UTF-16 when none is offered.
PositionEncoding negotiate_encoding(const std::vector<std::string>& offered);

struct LspPosition {
    std::size_t line = 0;
    std::size_t character = 0;
    friend bool operator==(const LspPosition&, const LspPosition&) = default;
};

struct LspRange {
    LspPosition start;
    LspPosition end;
    friend bool operator==(const LspRange&, const LspRange&) = default;
};

// Converts positions in one text; lines end at \n, \r\n or \r as in LSP.
class PositionMapper {
public:
    PositionMapper(std::string_view text, PositionEncoding encoding);

    // A line past the end means the end of the text; a character past the end of
    // its line means the line's end; one inside a character (half a surrogate
    // pair, a byte inside a UTF-8 sequence) means that character's start.
    std::size_t offset(LspPosition position) const;
    // An offset past the end means the end; one inside a character means its start.
    LspPosition position(std::size_t offset) const;

private:
    std::string_view text_;
    PositionEncoding encoding_;
    LineIndex lines_;
};

}  // namespace gklint::lsp
