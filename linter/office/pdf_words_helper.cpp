// gklint-pdf-words: reads a PDF on standard input and writes its pages' words to standard
// output (page_wire.h). poppler runs in this process, not in gklint's: a PDF that crashes
// poppler (found by the fuzzer: a damaged font in TextFontInfo::matches) is then an input
// error for that file, not the end of a run over thousands.
//   gklint-pdf-words MAX_PAGES < file.pdf
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <string>

#include "office_parts.h"
#include "page_wire.h"
#include "text/decoder.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: gklint-pdf-words MAX_PAGES < file.pdf\n");
        return 2;
    }
    const std::size_t max_pages = std::strtoull(argv[1], nullptr, 10);
    std::string bytes{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    std::string answer;
    try {
        answer = gklint::office::encode_pages(gklint::office::load_pdf_pages(bytes, max_pages));
    } catch (const gklint::InputError& e) {
        answer = gklint::office::encode_error(e.what());
    } catch (const std::exception& e) {
        answer = gklint::office::encode_error(std::string("the PDF cannot be read: ") + e.what());
    }
    std::fwrite(answer.data(), 1, answer.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 2;
}
