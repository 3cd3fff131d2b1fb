#pragma once
// The functions the office module exports through its table (read/office_module.h).
#include "read/office_module.h"

namespace gklint::office {

// poppler, in this process (gklint-pdf-words).
std::vector<pdf::Page> load_pdf_pages(std::string_view bytes, std::size_t max_pages);
// The same through gklint-pdf-words, so that a crash in poppler is an input error.
std::vector<pdf::Page> load_pdf_pages_apart(std::string_view bytes, std::size_t max_pages);
void* open_zip(std::string_view bytes);
std::optional<std::string> read_zip_part(void* archive, std::string_view name, std::size_t max_bytes);
void close_zip(void* archive);

}  // namespace gklint::office
