#include "support/docx_writer.h"

#include <stdexcept>
#include <vector>

#include <zip.h>

namespace gklint::test {
namespace {

std::string xml_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else out += c;
    }
    return out;
}

std::string paragraph_xml(std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string runs;
    std::size_t at = 0;
    while (at <= line.size()) {
        std::size_t tab = line.find('\t', at);
        std::string_view piece = line.substr(at, tab == std::string_view::npos ? std::string_view::npos : tab - at);
        if (!piece.empty()) runs += "<w:t xml:space=\"preserve\">" + xml_escape(piece) + "</w:t>";
        if (tab == std::string_view::npos) break;
        runs += "<w:tab/>";
        at = tab + 1;
    }
    return runs.empty() ? "<w:p/>" : "<w:p><w:r>" + runs + "</w:r></w:p>";
}

constexpr std::string_view kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
    R"(</Types>)";
constexpr std::string_view kRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
    R"(</Relationships>)";

}  // namespace

std::string document_xml(std::string_view body_xml) {
    return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                       R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)") +
           std::string(body_xml) + "</w:body></w:document>";
}

std::string zip_of(const std::vector<std::pair<std::string, std::string>>& parts) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) throw std::runtime_error("zip_source_buffer_create failed");
    zip_source_keep(buffer);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) throw std::runtime_error("zip_open_from_source failed");
    for (const auto& [name, data] : parts) {
        zip_source_t* part = zip_source_buffer(archive, data.data(), data.size(), 0);
        if (!part || zip_file_add(archive, name.c_str(), part, ZIP_FL_ENC_UTF_8) < 0)
            throw std::runtime_error("zip_file_add failed");
    }
    if (zip_close(archive) < 0) throw std::runtime_error("zip_close failed");
    zip_source_open(buffer);
    zip_source_seek(buffer, 0, SEEK_END);
    zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    std::string out(static_cast<std::size_t>(size), '\0');
    zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size));
    zip_source_close(buffer);
    zip_source_free(buffer);
    return out;
}

std::string docx_from_text(std::string_view text) {
    std::string body;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t eol = text.find('\n', at);
        if (eol == std::string_view::npos) eol = text.size();
        body += paragraph_xml(text.substr(at, eol - at));
        at = eol + 1;
    }
    return zip_of({{"[Content_Types].xml", std::string(kContentTypes)},
                   {"_rels/.rels", std::string(kRels)},
                   {"word/document.xml", document_xml(body)}});
}

}  // namespace gklint::test
