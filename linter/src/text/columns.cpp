#include "text/columns.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace gklint {

std::optional<ColumnUnit> parse_column_unit(std::string_view name) {
    if (name == "codepoint") return ColumnUnit::CodePoint;
    if (name == "utf16") return ColumnUnit::Utf16;
    if (name == "byte") return ColumnUnit::Byte;
    if (name == "display") return ColumnUnit::Display;
    return std::nullopt;
}

std::string_view column_unit_name(ColumnUnit unit) {
    switch (unit) {
        case ColumnUnit::CodePoint: return "codepoint";
        case ColumnUnit::Utf16: return "utf16";
        case ColumnUnit::Byte: return "byte";
        case ColumnUnit::Display: return "display";
    }
    return "codepoint";
}

int display_width(char32_t c) {
    auto cp = static_cast<UChar32>(c);
    if (cp == 0x200B || cp == 0xFEFF) return 0;
    int8_t category = static_cast<int8_t>(u_charType(cp));
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR)
        return 0;
    int width = u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
    if (width == U_EA_WIDE || width == U_EA_FULLWIDTH) return 2;
    if (u_hasBinaryProperty(cp, UCHAR_EMOJI_PRESENTATION)) return 2;
    return 1;
}

std::size_t count_columns(std::string_view prefix, ColumnUnit unit, std::size_t start) {
    if (unit == ColumnUnit::Byte) return start + prefix.size();
    const auto* p = reinterpret_cast<const uint8_t*>(prefix.data());
    auto length = static_cast<int32_t>(prefix.size());
    std::size_t columns = start;
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT_OR_FFFD(p, i, length, c);
        switch (unit) {
            case ColumnUnit::CodePoint: columns += 1; break;
            case ColumnUnit::Utf16: columns += U16_LENGTH(c); break;
            case ColumnUnit::Display:
                columns = c == '\t' ? (columns / 8 + 1) * 8 : columns + display_width(static_cast<char32_t>(c));
                break;
            case ColumnUnit::Byte: break;
        }
    }
    return columns;
}

}  // namespace gklint
