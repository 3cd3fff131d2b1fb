#pragma once
// A page's words grouped into lines by where they sit, not by the order poppler
// reports them; within a line, wide gaps split it into segments (table columns).
#include <string>
#include <string_view>
#include <vector>

#include "read/pdf/pdf_words.h"

namespace gklint::pdf {

// One word of a segment, and whether a space stands before it.
struct Piece {
    std::string text;
    double left = 0, right = 0;
    bool space_before = false;
};

// Words of one line with no column gap between them.
struct Segment {
    std::string text;
    double left = 0, right = 0;
    std::vector<Piece> pieces;
    bool rotated = false;  // vertical text: a side label, not a column's start
};

struct Line {
    std::vector<Segment> segments;  // left to right
    double top = 0, bottom = 0;
    double size = 0;  // median glyph size of its words
    double center_y() const { return (top + bottom) / 2; }
};

// Lines of the page, top to bottom.
std::vector<Line> lines_of(std::vector<Word> words);

// A table value: digits with . , % - + ("7730.28", "100%", "-").
bool is_number(std::string_view text);
// True for the code points of Chinese text and its punctuation (no space between them).
bool is_cjk(char32_t c);
// Joins two pieces of one line or cell: nothing between CJK, else one space.
void append_joined(std::string& to, const std::string& piece, bool space);

}  // namespace gklint::pdf
