#include "app/input_reading.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "model/report_template.h"

namespace gklint {

ReadOptions reader_options(const LintOptions& options, const TemplateSet* templates) {
    ReadOptions read;
    if (!options.input_format.empty()) read.format = parse_input_format(options.input_format);
    read.encoding = options.encoding;
    read.max_pages = options.max_pages;
    auto add = [&](const std::string& marker) {
        if (!marker.empty() && std::find(read.body_markers.begin(), read.body_markers.end(), marker) == read.body_markers.end())
            read.body_markers.push_back(marker);
    };
    if (templates)
        for (const auto& t : templates->templates)
            for (const auto& section : t.sections) add(section.title);
    add("政府信息公开工作年度报告");
    return read;
}

std::unique_ptr<Document> read_document(const std::string& path, std::string bytes, const ReadOptions& options) {
    ReadResult read = read_input(path, bytes, options);
    return std::make_unique<Document>(path, std::move(bytes), std::move(read));
}

std::string read_bytes(const std::string& path, std::size_t limit) {
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    if (ec) throw InputError(fmt::format("cannot read file: {}", ec.message()), 0);
    if (size > limit)
        throw InputError(fmt::format("file is too large ({} bytes; the limit is {} bytes, see --max-file-size)",
                                     size, limit),
                         limit);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot open file", 0);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}


}  // namespace gklint
