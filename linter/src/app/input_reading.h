#pragma once
// Turns a file's bytes into a Document with the reader its format needs.
#include <memory>
#include <string>

#include "app/cli_options.h"
#include "core/document.h"
#include "read/reader.h"

namespace gklint {

struct TemplateSet;

// The reader options of a run: --input-format, --encoding, --max-pages, and the
// templates' title and section headings as the markers of a web page's report body.
ReadOptions reader_options(const LintOptions& options, const TemplateSet* templates);

// A file's bytes, at most `limit` of them (--max-file-size). Throws InputError when it
// cannot be read or is larger.
std::string read_bytes(const std::string& path, std::size_t limit);

// Throws InputError when the file cannot be read.
std::unique_ptr<Document> read_document(const std::string& path, std::string bytes, const ReadOptions& options);

}  // namespace gklint
