// Loading a PDF with poppler and taking each page's words, with clear errors for
// files that are not (whole) PDFs or cannot be opened.
#include "office_parts.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>

#include "text/decoder.h"

namespace gklint::office {
namespace {

using pdf::Page;
using pdf::Word;

void ignore_poppler_message(const std::string&, void*) {}

void silence_poppler() {
    static const bool silenced = [] {
        poppler::set_debug_error_function(ignore_poppler_message, nullptr);
        return true;
    }();
    (void)silenced;
}

// A PDF starts with "%PDF-" (readers accept it within the first KiB) and ends with
// "%%EOF" (within the last KiB); without the end marker the file was cut short.
void check_envelope(std::string_view bytes) {
    if (bytes.empty()) throw InputError("the file is empty, not a PDF", 0);
    std::size_t header = bytes.substr(0, 1024).find("%PDF-");
    if (header == std::string_view::npos) throw InputError("not a PDF file: no %PDF- header at its start", 0);
    std::size_t tail = bytes.size() > 1024 ? bytes.size() - 1024 : 0;
    if (bytes.substr(tail).find("%%EOF") == std::string_view::npos)
        throw InputError("the PDF is truncated: no %%EOF marker at its end", bytes.size());
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) throw InputError("the PDF is larger than 2 GiB", 0);
}

std::string utf8(const poppler::ustring& text) {
    poppler::byte_array bytes = text.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

Word word_of(const poppler::text_box& box) {
    poppler::rectf r = box.bbox();
    Word w;
    w.text = utf8(box.text());
    w.left = r.left();
    w.top = r.top();
    w.right = r.right();
    w.bottom = r.bottom();
    w.rotated = box.rotation() % 2 != 0;
    w.size = w.rotated ? r.width() : r.height();
    w.space_after = box.has_space_after();
    return w;
}

// Vertical text comes as one box per glyph or two; consecutive rotated boxes in one
// column are one label.
bool continues_rotated(const Word& last, const Word& next) {
    return last.rotated && next.rotated && next.left < last.right && last.left < next.right &&
           next.top <= last.bottom + last.size;
}

// A box with a real, finite extent (a damaged file can give NaN, which no ordering survives).
bool placed(const Word& w) {
    for (double v : {w.left, w.top, w.right, w.bottom, w.size})
        if (!std::isfinite(v) || std::abs(v) > 1e7) return false;
    return w.left <= w.right && w.top <= w.bottom;
}

std::vector<Word> page_words(const poppler::page& page) {
    std::vector<Word> words;
    for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
        Word w = word_of(box);
        if (w.text.empty() || !placed(w)) continue;
        if (!words.empty() && continues_rotated(words.back(), w)) {
            Word& last = words.back();
            last.text += w.text;
            last.left = std::min(last.left, w.left);
            last.right = std::max(last.right, w.right);
            last.bottom = std::max(last.bottom, w.bottom);
            last.top = std::min(last.top, w.top);
            continue;
        }
        words.push_back(std::move(w));
    }
    return words;
}

}  // namespace

std::vector<Page> load_pdf_pages(std::string_view bytes, std::size_t max_pages) {
    silence_poppler();
    check_envelope(bytes);
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) throw InputError("the PDF is corrupt: poppler cannot open it", 0);
    if (doc->is_locked())
        throw InputError("the PDF is encrypted and needs a password; export it again without a password", 0);
    int count = doc->pages();
    if (count <= 0) throw InputError("the PDF has no pages", 0);
    if (static_cast<std::size_t>(count) > max_pages)
        throw InputError("the PDF has " + std::to_string(count) + " pages; the limit is " +
                             std::to_string(max_pages) + " (--max-pages)",
                         0);
    std::vector<Page> pages;
    pages.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        Page p;
        if (page) {
            p.height = page->page_rect().height();
            p.words = page_words(*page);
        }
        pages.push_back(std::move(p));
    }
    return pages;
}

}  // namespace gklint::office
