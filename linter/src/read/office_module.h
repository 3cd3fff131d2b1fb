#pragma once
// The readers' parts that need large libraries — poppler for PDF, libzip for .docx —
// live in a module (<prefix>/lib/gklint/gklint-office.so) loaded the first time a PDF or
// Word file is read: a run over text or HTML files does not load poppler and libzip and
// the thirty libraries they bring (about 10 ms of every process's start on a small VM).
// The module is built with gklint and only loaded by the same build (checked by version).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/pdf/pdf_words.h"

namespace gklint {

inline constexpr int kOfficeModuleVersion = 1;

struct OfficeModule {
    int version;
    // Throws InputError: not a PDF, truncated or corrupt, encrypted, more pages than `max_pages`.
    std::vector<pdf::Page> (*load_pdf_pages)(std::string_view bytes, std::size_t max_pages);
    // Throws InputError when `bytes` are not a readable zip file; `bytes` must outlive the handle.
    void* (*open_zip)(std::string_view bytes);
    // As docx::ZipArchive::read.
    std::optional<std::string> (*read_zip_part)(void* archive, std::string_view name, std::size_t max_bytes);
    void (*close_zip)(void* archive);
};

// Loads the module on first use (thread-safe). Throws InputError naming the module's
// path when it cannot be loaded. GKLINT_MODULE_DIR in the environment overrides where.
const OfficeModule& office_module();

}  // namespace gklint
