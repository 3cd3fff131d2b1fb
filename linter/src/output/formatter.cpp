#include "output/formatter.h"

#include <array>

#include "output/formatters.h"

namespace gklint {
namespace {

struct NamedFormat {
    std::string_view name;
    std::unique_ptr<Formatter> (*make)(const OutputOptions&);
};

constexpr std::array<NamedFormat, 9> kFormats{{
    {"human", make_human_formatter},
    {"gcc", make_gcc_formatter},
    {"json", make_json_formatter},
    {"jsonl", make_jsonl_formatter},
    {"sarif", make_sarif_formatter},
    {"rdjson", make_rdjson_formatter},
    {"rdjsonl", make_rdjsonl_formatter},
    {"checkstyle", make_checkstyle_formatter},
    {"junit", make_junit_formatter},
}};

}  // namespace

std::unique_ptr<Formatter> make_formatter(std::string_view name, const OutputOptions& options) {
    for (const auto& format : kFormats)
        if (format.name == name) return format.make(options);
    return nullptr;
}

std::vector<std::string_view> formatter_names() {
    std::vector<std::string_view> names;
    for (const auto& format : kFormats) names.push_back(format.name);
    return names;
}

}  // namespace gklint
