#include "read/docx/zip_archive.h"

#include "read/office_module.h"

namespace gklint::docx {

ZipArchive::ZipArchive(std::string_view bytes) : archive_(office_module().open_zip(bytes)) {}

ZipArchive::~ZipArchive() { office_module().close_zip(archive_); }

std::optional<std::string> ZipArchive::read(std::string_view name, std::size_t max_bytes) const {
    return office_module().read_zip_part(archive_, name, max_bytes);
}

}  // namespace gklint::docx
