// Column units: the same position counted as code points, UTF-16 units, UTF-8 bytes
// and terminal cells, through count_columns and Document::position.
#include <gtest/gtest.h>

#include <string>

#include "core/document.h"
#include "support/encode.h"
#include "text/columns.h"

namespace gklint {
namespace {

constexpr ColumnUnit kAllUnits[] = {ColumnUnit::CodePoint, ColumnUnit::Utf16, ColumnUnit::Byte, ColumnUnit::Display};

struct Columns {
    std::size_t codepoint, utf16, byte, display;
};

// 1-based column of `offset` in every unit, checking that the line does not depend on the unit.
Columns columns_at(const Document& doc, std::size_t offset, std::size_t expected_line) {
    Columns c{};
    std::size_t* slots[] = {&c.codepoint, &c.utf16, &c.byte, &c.display};
    for (std::size_t i = 0; i < 4; ++i) {
        Position p = doc.position(offset, kAllUnits[i]);
        EXPECT_EQ(p.line, expected_line) << column_unit_name(kAllUnits[i]);
        *slots[i] = p.column;
    }
    return c;
}

#define EXPECT_COLUMNS(actual, cp, u16, b, disp)     \
    do {                                             \
        Columns got = (actual);                      \
        EXPECT_EQ(got.codepoint, cp) << "codepoint"; \
        EXPECT_EQ(got.utf16, u16) << "utf16";        \
        EXPECT_EQ(got.byte, b) << "byte";            \
        EXPECT_EQ(got.display, disp) << "display";   \
    } while (0)

std::size_t offset_of(const Document& doc, std::string_view needle) {
    std::size_t at = doc.text().find(needle);
    EXPECT_NE(at, std::string_view::npos) << needle;
    return at;
}

TEST(ColumnUnits, NamesRoundTrip) {
    for (ColumnUnit unit : kAllUnits) EXPECT_EQ(parse_column_unit(column_unit_name(unit)), unit);
    EXPECT_EQ(column_unit_name(ColumnUnit::CodePoint), "codepoint");
    EXPECT_EQ(column_unit_name(ColumnUnit::Utf16), "utf16");
    EXPECT_EQ(column_unit_name(ColumnUnit::Byte), "byte");
    EXPECT_EQ(column_unit_name(ColumnUnit::Display), "display");
    EXPECT_FALSE(parse_column_unit("utf-16"));
    EXPECT_FALSE(parse_column_unit(""));
}

TEST(ColumnUnits, DisplayWidthOfCodePoints) {
    EXPECT_EQ(display_width(U'a'), 1);
    EXPECT_EQ(display_width(U'第'), 2);
    EXPECT_EQ(display_width(U'（'), 2);        // fullwidth punctuation
    EXPECT_EQ(display_width(U'\U00020000'), 2);  // CJK Extension B
    EXPECT_EQ(display_width(U'\U0001F600'), 2);  // emoji
    EXPECT_EQ(display_width(U'\u0301'), 0);      // combining acute accent
    EXPECT_EQ(display_width(U'\u200B'), 0);      // zero width space
    EXPECT_EQ(display_width(U'é'), 1);
}

TEST(ColumnUnits, AstralCharactersBeforeTheDiagnosedText) {
    Document doc("a.txt", "𠀀😀第二十六条\n");
    // 𠀀 and 😀: one code point, two UTF-16 units, four bytes and two cells each.
    EXPECT_COLUMNS(columns_at(doc, offset_of(doc, "第"), 1), 3u, 5u, 9u, 5u);
    EXPECT_COLUMNS(columns_at(doc, offset_of(doc, "😀"), 1), 2u, 3u, 5u, 3u);
    EXPECT_COLUMNS(columns_at(doc, offset_of(doc, "条"), 1), 7u, 9u, 21u, 13u);
    EXPECT_COLUMNS(columns_at(doc, 0, 1), 1u, 1u, 1u, 1u);
}

TEST(ColumnUnits, CountColumnsOfAPrefix) {
    std::string_view prefix = "𠀀😀第";
    EXPECT_EQ(count_columns(prefix, ColumnUnit::CodePoint), 3u);
    EXPECT_EQ(count_columns(prefix, ColumnUnit::Utf16), 5u);
    EXPECT_EQ(count_columns(prefix, ColumnUnit::Byte), 11u);
    EXPECT_EQ(count_columns(prefix, ColumnUnit::Display), 6u);
    for (ColumnUnit unit : kAllUnits) EXPECT_EQ(count_columns("", unit), 0u);
}

TEST(ColumnUnits, AsciiIsTheSameInEveryUnit) {
    Document doc("a.txt", "first line\nsee article 26 here\n");
    EXPECT_COLUMNS(columns_at(doc, offset_of(doc, "article"), 2), 5u, 5u, 5u, 5u);
    EXPECT_COLUMNS(columns_at(doc, offset_of(doc, "line"), 1), 7u, 7u, 7u, 7u);
}

TEST(ColumnUnits, TabsAreOneUnitButReachTheNextDisplayStop) {
    Document doc("a.txt", "\t第二十条\nab\tc\n中文\t\tx\n");
    EXPECT_COLUMNS(columns_at(doc, offset_of(doc, "第"), 1), 2u, 2u, 2u, 9u);
    EXPECT_COLUMNS(columns_at(doc, offset_of(doc, "c\n"), 2), 4u, 4u, 4u, 9u);
    // 中文 fills 4 cells; the first TAB goes to 8, the second to 16.
    EXPECT_COLUMNS(columns_at(doc, offset_of(doc, "x"), 3), 5u, 5u, 9u, 17u);
}

TEST(ColumnUnits, CrlfLineEndingsStartNewLines) {
    Document doc("a.txt", "一\r\n二三\r\n四");
    EXPECT_COLUMNS(columns_at(doc, offset_of(doc, "三"), 2), 2u, 2u, 4u, 3u);
    EXPECT_COLUMNS(columns_at(doc, offset_of(doc, "四"), 3), 1u, 1u, 1u, 1u);
    EXPECT_EQ(doc.position(offset_of(doc, "四"), ColumnUnit::CodePoint).original_offset, offset_of(doc, "四"));
}

TEST(ColumnUnits, LoneCarriageReturnEndsALine) {
    Document doc("a.txt", "甲\r乙");
    EXPECT_COLUMNS(columns_at(doc, offset_of(doc, "乙"), 2), 1u, 1u, 1u, 1u);
}

TEST(ColumnUnits, OffsetsInsideTheLineTerminator) {
    Document doc("a.txt", "甲乙\r\n丙");
    std::size_t cr = offset_of(doc, "\r");
    // The CR is just after the line's text; the LF one further; then the next line starts.
    EXPECT_COLUMNS(columns_at(doc, cr, 1), 3u, 3u, 7u, 5u);
    EXPECT_COLUMNS(columns_at(doc, cr + 1, 1), 4u, 4u, 8u, 6u);
    EXPECT_COLUMNS(columns_at(doc, cr + 2, 2), 1u, 1u, 1u, 1u);
}

TEST(ColumnUnits, PositionAtTheEndOfTheFile) {
    Document unterminated("a.txt", "甲😀");
    EXPECT_COLUMNS(columns_at(unterminated, unterminated.text().size(), 1), 3u, 4u, 8u, 5u);
    EXPECT_EQ(unterminated.position(unterminated.text().size(), ColumnUnit::CodePoint).original_offset, 7u);

    Document terminated("a.txt", "甲\n");
    EXPECT_COLUMNS(columns_at(terminated, terminated.text().size(), 2), 1u, 1u, 1u, 1u);
    // Offsets past the end are clamped to the end.
    EXPECT_COLUMNS(columns_at(terminated, terminated.text().size() + 10, 2), 1u, 1u, 1u, 1u);
}

TEST(ColumnUnits, OffsetsInsideACharacterMeanThatCharacter) {
    Document doc("a.txt", test::encode_as("甲𠀀乙", "GB18030"), "GB18030");
    std::size_t ext_b = offset_of(doc, "𠀀");
    for (std::size_t inside = ext_b + 1; inside < ext_b + 4; ++inside) {
        EXPECT_COLUMNS(columns_at(doc, inside, 1), 2u, 2u, 4u, 3u);
        EXPECT_EQ(doc.position(inside, ColumnUnit::CodePoint).original_offset, 2u);
    }
}

TEST(ColumnUnits, OriginalOffsetsSkipTheUtf8Bom) {
    Document doc("a.txt", "\xEF\xBB\xBF第二十条");
    std::size_t at = offset_of(doc, "二");
    EXPECT_EQ(at, 3u);
    Position p = doc.position(at, ColumnUnit::CodePoint);
    EXPECT_EQ(p.column, 2u);  // the BOM is not a column
    EXPECT_EQ(p.original_offset, 6u);
}

TEST(ColumnUnits, OriginalOffsetsOfGb18030Input) {
    // GB18030: 𠀀 takes 4 bytes, BMP hanzi 2, ASCII 1; in UTF-8 they take 4, 3 and 1.
    Document doc("a.txt", test::encode_as("𠀀第二\nA条", "GB18030"), "GB18030");
    EXPECT_EQ(doc.text(), "𠀀第二\nA条");
    Position di = doc.position(offset_of(doc, "第"), ColumnUnit::Utf16);
    EXPECT_EQ(di.column, 3u);
    EXPECT_EQ(di.original_offset, 4u);
    Position er = doc.position(offset_of(doc, "二"), ColumnUnit::Byte);
    EXPECT_EQ(er.column, 8u);
    EXPECT_EQ(er.original_offset, 6u);
    Position tiao = doc.position(offset_of(doc, "条"), ColumnUnit::Display);
    EXPECT_EQ(tiao.line, 2u);
    EXPECT_EQ(tiao.column, 2u);
    EXPECT_EQ(tiao.original_offset, 10u);
    EXPECT_EQ(doc.position(doc.text().size(), ColumnUnit::CodePoint).original_offset, doc.original_bytes().size());
}

TEST(ColumnUnits, OriginalOffsetsOfUtf16InputWithBom) {
    std::string bytes = "\xFF\xFE" + test::encode_as("😀第", "UTF-16LE");
    Document doc("a.txt", bytes);
    EXPECT_EQ(doc.encoding(), "UTF-16LE");
    Position p = doc.position(offset_of(doc, "第"), ColumnUnit::Utf16);
    EXPECT_EQ(p.column, 3u);
    EXPECT_EQ(p.original_offset, 6u);  // BOM 2 + surrogate pair 4
}

}  // namespace
}  // namespace gklint
