#include "support/docx_builder.h"

#include <zip.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace gklint::test {
namespace {

struct Zeros {
    std::size_t size = 0, done = 0;
};

// A libzip source of `size` zero bytes.
zip_int64_t zeros_callback(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command) {
    auto* zeros = static_cast<Zeros*>(state);
    switch (command) {
        case ZIP_SOURCE_OPEN: zeros->done = 0; return 0;
        case ZIP_SOURCE_READ: {
            std::size_t n = std::min<std::size_t>(length, zeros->size - zeros->done);
            std::memset(data, 0, n);
            zeros->done += n;
            return static_cast<zip_int64_t>(n);
        }
        case ZIP_SOURCE_CLOSE: return 0;
        case ZIP_SOURCE_STAT: {
            auto* st = static_cast<zip_stat_t*>(data);
            zip_stat_init(st);
            st->size = zeros->size;
            st->valid |= ZIP_STAT_SIZE;
            return sizeof(*st);
        }
        case ZIP_SOURCE_ERROR: return 2 * sizeof(int);
        case ZIP_SOURCE_FREE: delete zeros; return 0;
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                  ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default: return -1;
    }
}

template <typename AddEntries>
std::string build_zip(AddEntries add_entries) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(target);
    zip_t* archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    if (!archive) throw std::runtime_error("docx_builder: zip_open_from_source failed");
    add_entries(archive);
    if (zip_close(archive) != 0) throw std::runtime_error("docx_builder: zip_close failed");
    std::string bytes;
    zip_source_open(target);
    char buffer[1 << 16];
    for (zip_int64_t n; (n = zip_source_read(target, buffer, sizeof buffer)) > 0;)
        bytes.append(buffer, static_cast<std::size_t>(n));
    zip_source_close(target);
    zip_source_free(target);
    return bytes;
}

}  // namespace

std::string make_zip(const ZipEntries& entries) {
    return build_zip([&](zip_t* archive) {
        for (const auto& [name, content] : entries) {
            zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
            zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE);
        }
    });
}

std::string make_zeros_zip(const std::string& name, std::size_t size) {
    return build_zip([&](zip_t* archive) {
        zip_source_t* source = zip_source_function(archive, zeros_callback, new Zeros{size, 0});
        zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE);
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 9);
    });
}

std::string word_part(const std::string& root, const std::string& content) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<" + root +
           " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
           " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">" +
           content + "</" + root + ">";
}

std::string make_docx(const std::string& body, const ZipEntries& parts) {
    ZipEntries entries = {{"[Content_Types].xml", "<Types/>"},
                          {"word/document.xml", word_part("w:document", "<w:body>" + body + "</w:body>")}};
    entries.insert(entries.end(), parts.begin(), parts.end());
    return make_zip(entries);
}

std::string run(const std::string& text) { return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>"; }

std::string paragraph(const std::string& text, const std::string& properties) {
    return "<w:p>" + (properties.empty() ? "" : "<w:pPr>" + properties + "</w:pPr>") + run(text) + "</w:p>";
}

}  // namespace gklint::test
