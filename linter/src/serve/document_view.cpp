#include "serve/document_view.h"

#include <algorithm>
#include <string_view>

namespace gklint::serve {
namespace {

using nlohmann::json;

struct Line {
    std::size_t begin = 0, end = 0;  // without the line break
};

std::vector<Line> lines_of(std::string_view text) {
    std::vector<Line> lines;
    std::size_t begin = 0;
    while (begin <= text.size()) {
        std::size_t newline = text.find('\n', begin);
        std::size_t end = newline == std::string_view::npos ? text.size() : newline;
        std::size_t trimmed = end > begin && text[end - 1] == '\r' ? end - 1 : end;
        lines.push_back({begin, trimmed});
        if (newline == std::string_view::npos) break;
        begin = newline + 1;
    }
    return lines;
}

bool overlaps(TextRange range, std::size_t begin, std::size_t end) {
    return range.begin < end && begin < range.end;
}

std::size_t utf8_boundary(std::string_view text, std::size_t at) {
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    return at;
}

// [begin, end) of the text split at every finding boundary inside it.
json spans_of(std::string_view text, std::size_t begin, std::size_t end, const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::size_t> cuts{begin, end};
    json spans = json::array();
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        TextRange r = diagnostics[i].range;
        if (r.begin == r.end) continue;
        if (r.begin > begin && r.begin < end) cuts.push_back(utf8_boundary(text, r.begin));
        if (r.end > begin && r.end < end) cuts.push_back(utf8_boundary(text, r.end));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    auto points_at = [&](std::size_t at) {  // findings with an empty range at `at`
        json marks = json::array();
        for (std::size_t i = 0; i < diagnostics.size(); ++i)
            if (diagnostics[i].range.begin == at && diagnostics[i].range.end == at) marks.push_back(i);
        if (!marks.empty()) spans.push_back({{"text", ""}, {"marks", std::move(marks)}});
    };
    for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
        std::size_t a = cuts[k], b = cuts[k + 1];
        points_at(a);
        json marks = json::array();
        for (std::size_t i = 0; i < diagnostics.size(); ++i)
            if (overlaps(diagnostics[i].range, a, b)) marks.push_back(i);
        spans.push_back({{"text", std::string(text.substr(a, b - a))}, {"marks", std::move(marks)}});
    }
    if (cuts.size() == 1 || begin == end) points_at(begin);
    if (end > begin) points_at(end);
    return spans;
}

const Table* table_at(const ReportModel& model, const Line& line) {
    for (const auto& table : model.tables)
        if (table.present && table.range.end > table.range.begin && overlaps(table.range, line.begin, line.end + 1))
            return &table;
    return nullptr;
}

std::string heading_kind(const ReportModel& model, const Line& line) {
    if (model.title && model.title->range.begin >= line.begin && model.title->range.begin < std::max(line.end, line.begin + 1))
        return "title";
    for (const auto& section : model.sections) {
        if (section.heading && section.heading->range.begin == line.begin) return "heading";
        for (const auto& sub : section.subheadings)
            if (sub.range.begin == line.begin) return "subheading";
    }
    return "paragraph";
}

json table_row(std::string_view text, const Line& line, const std::vector<Diagnostic>& diagnostics) {
    json cells = json::array();
    std::size_t begin = line.begin;
    while (true) {
        std::size_t tab = text.find('\t', begin);
        std::size_t end = tab == std::string_view::npos || tab > line.end ? line.end : tab;
        cells.push_back({{"spans", spans_of(text, begin, end, diagnostics)}});
        if (end == line.end) break;
        begin = end + 1;
    }
    return cells;
}

}  // namespace

int part_of(const ReportModel& model, std::size_t offset) {
    int part = 0;
    std::size_t latest = 0;
    for (const auto& section : model.sections) {
        if (!section.present || !section.heading) continue;
        std::size_t start = section.heading->range.begin;
        if (start <= offset && start >= latest) {
            latest = start;
            part = section.number;
        }
    }
    return part;
}

json document_view(const Document& document, const ReportModel& model, const std::vector<Diagnostic>& diagnostics) {
    std::string_view text = document.text();
    json blocks = json::array();
    std::size_t open_table = 0;  // index of the table block being filled
    const Table* open_table_of = nullptr;
    for (const Line& line : lines_of(text)) {
        bool blank = text.substr(line.begin, line.end - line.begin).find_first_not_of(" \t\u3000") == std::string_view::npos;
        bool marked = std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) {
            return d.range.begin >= line.begin && d.range.begin <= line.end;
        });
        if (const Table* table = table_at(model, line)) {
            if (blank && !marked) continue;
            if (open_table_of != table) {
                blocks.push_back({{"kind", "table"}, {"part", part_of(model, line.begin)}, {"rows", json::array()},
                                  {"begin", line.begin}});
                open_table = blocks.size() - 1;
                open_table_of = table;
            }
            blocks[open_table]["rows"].push_back(table_row(text, line, diagnostics));
            blocks[open_table]["end"] = line.end;
            continue;
        }
        open_table_of = nullptr;
        if (blank && !marked) continue;
        blocks.push_back({{"kind", heading_kind(model, line)},
                          {"part", part_of(model, line.begin)},
                          {"spans", spans_of(text, line.begin, line.end, diagnostics)},
                          {"begin", line.begin},
                          {"end", line.end}});
    }
    json parts = json::array();
    for (const auto& d : diagnostics) parts.push_back(part_of(model, d.range.begin));
    return {{"blocks", std::move(blocks)}, {"parts", std::move(parts)}};
}

}  // namespace gklint::serve
