#pragma once
// The words of a PDF's pages as poppler places them: text and box, in points from the
// page's top-left corner.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gklint::pdf {

struct Word {
    std::string text;  // UTF-8
    double left = 0, top = 0, right = 0, bottom = 0;
    double size = 0;           // glyph height of upright text, width of rotated text
    bool space_after = false;  // poppler saw a space between this word and the next
    bool rotated = false;      // vertical text (a table's side label), joined into one word

    double center_y() const { return (top + bottom) / 2; }
};

struct Page {
    double height = 0;
    std::vector<Word> words;
};

// Throws InputError: not a PDF, truncated or corrupt, encrypted, more pages than `max_pages`.
std::vector<Page> load_pages(std::string_view bytes, std::size_t max_pages);

}  // namespace gklint::pdf
