#include "app/input_reading.h"

#include <algorithm>

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

}  // namespace gklint
