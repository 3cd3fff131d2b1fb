#include "office_parts.h"

#include <fmt/format.h>
#include <zip.h>

#include <memory>

#include "text/decoder.h"

namespace gklint::office {
namespace {

std::string libzip_message(zip_error_t* error) {
    std::string message = zip_error_strerror(error);
    zip_error_fini(error);
    return message;
}

std::string archive_message(zip* archive) { return zip_error_strerror(zip_get_error(archive)); }

struct FileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

}  // namespace

void* open_zip(std::string_view bytes) {
    zip* archive = nullptr;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) throw InputError("cannot read the file as a zip archive: " + libzip_message(&error), 0);
    archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive) {
        zip_source_free(source);
        throw InputError("not a Word document (.docx): not a zip archive or a corrupt one (" +
                             libzip_message(&error) + ")",
                         0);
    }
    zip_error_fini(&error);
    return archive;
}

void close_zip(void* archive) {
    if (archive) zip_discard(static_cast<zip*>(archive));
}

std::optional<std::string> read_zip_part(void* handle, std::string_view name, std::size_t max_bytes) {
    zip* archive = static_cast<zip*>(handle);
    std::string name_z(name);
    zip_int64_t index = zip_name_locate(archive, name_z.c_str(), ZIP_FL_NOCASE);
    if (index < 0) return std::nullopt;
    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0));
    if (!file)
        throw InputError(fmt::format("cannot unpack {} from the .docx (encrypted or corrupt?): {}", name,
                                     archive_message(archive)),
                         0);
    std::string data;
    char buffer[1 << 16];
    for (;;) {
        zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
        if (n < 0)
            throw InputError(fmt::format("corrupt .docx: cannot unpack {}: {}", name,
                                         zip_error_strerror(zip_file_get_error(file.get()))),
                             0);
        if (n == 0) break;
        if (data.size() + static_cast<std::size_t>(n) > max_bytes)
            throw InputError(fmt::format("{} unpacks to more than {} bytes: refusing a possible zip bomb", name,
                                         max_bytes),
                             0);
        data.append(buffer, static_cast<std::size_t>(n));
    }
    return data;
}

}  // namespace gklint::office
