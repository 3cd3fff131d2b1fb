#pragma once
// Reads one input file of any supported format into a ReadResult.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/input_format.h"
#include "read/read_result.h"
#include "text/decoder.h"  // InputError

namespace gklint {

struct ReadOptions {
    std::optional<InputFormat> format;      // --input-format; detected when unset
    std::string encoding;                   // --encoding (text and HTML)
    std::size_t max_pages = 500;            // PDF page cap (--max-pages)
    std::size_t max_unpacked_bytes = 256u << 20;  // zip bomb cap: decompressed size of a DOCX part
    // Strings whose presence marks the report body of a web page (the title's and the
    // section headings' words); the block holding most of them is the body.
    std::vector<std::string> body_markers;
};

// Throws InputError (message in English, byte offset) for input that cannot be read:
// corrupt or encrypted files, legacy .doc, a page with no report in it, caps exceeded.
ReadResult read_input(std::string_view path, std::string_view bytes, const ReadOptions& options);

// The readers, for tests and fuzzers.
ReadResult read_text(std::string_view bytes, const ReadOptions& options, bool markdown);
ReadResult read_html(std::string_view bytes, const ReadOptions& options);
ReadResult read_docx(std::string_view bytes, const ReadOptions& options);
ReadResult read_pdf(std::string_view bytes, const ReadOptions& options);

}  // namespace gklint
