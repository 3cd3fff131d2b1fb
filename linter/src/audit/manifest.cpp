#include "audit/manifest.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <vector>

#include <fmt/format.h>

namespace gklint {
namespace {

std::string canonical_path(const std::filesystem::path& p) {
    std::error_code ec;
    auto c = std::filesystem::weakly_canonical(p, ec);
    return (ec ? p.lexically_normal() : c).string();
}

// One record of RFC 4180 CSV from `in` at `pos`; false at the end. `line` counts lines.
bool read_record(const std::string& in, std::size_t& pos, std::vector<std::string>& fields, std::size_t& line,
                 const std::string& path) {
    fields.clear();
    if (pos >= in.size()) return false;
    std::string field;
    bool quoted = false, was_quoted = false;
    std::size_t start_line = line;
    for (; pos < in.size(); ++pos) {
        char c = in[pos];
        if (quoted) {
            if (c == '"' && pos + 1 < in.size() && in[pos + 1] == '"') {
                field += '"';
                ++pos;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n') ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && field.empty() && !was_quoted) {
            quoted = was_quoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
            was_quoted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && pos + 1 < in.size() && in[pos + 1] == '\n') ++pos;
            ++pos;
            ++line;
            break;
        } else {
            field += c;
        }
    }
    if (quoted) throw std::runtime_error(fmt::format("{}:{}: a quoted field is not closed", path, start_line));
    fields.push_back(std::move(field));
    return true;
}

}  // namespace

Manifest::Manifest(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw std::runtime_error(fmt::format("{}: cannot read the manifest", path));
    std::string text((std::istreambuf_iterator<char>(file)), {});
    std::size_t pos = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0, line = 1;
    std::vector<std::string> header, fields;
    if (!read_record(text, pos, header, line, path))
        throw std::runtime_error(fmt::format("{}:1: the manifest is empty (it needs a header row with 'path')", path));
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < header.size(); ++i) {
        static const std::vector<std::string> known = {"path", "agency", "region_code", "parent_region", "level", "year", "url"};
        if (std::find(known.begin(), known.end(), header[i]) == known.end())
            throw std::runtime_error(fmt::format("{}:1: unknown column '{}' (known: {})", path, header[i],
                                                 "path, agency, region_code, parent_region, level, year, url"));
        column[header[i]] = i;
    }
    if (!column.count("path")) throw std::runtime_error(fmt::format("{}:1: the header has no 'path' column", path));
    const std::filesystem::path base = std::filesystem::path(path).parent_path();
    std::size_t record_line = line;
    while (read_record(text, pos, fields, line, path)) {
        if (fields.size() == 1 && fields[0].empty()) {
            record_line = line;
            continue;  // a blank line
        }
        if (fields.size() != header.size())
            throw std::runtime_error(fmt::format("{}:{}: {} fields, the header has {}", path, record_line, fields.size(),
                                                 header.size()));
        auto get = [&](const char* name) { return column.count(name) ? fields[column[name]] : std::string(); };
        std::filesystem::path file_path = get("path");
        if (file_path.empty()) throw std::runtime_error(fmt::format("{}:{}: the path is empty", path, record_line));
        ManifestEntry e{get("agency"), get("region_code"), get("parent_region"), get("level"), get("url"), std::nullopt};
        if (std::string year = get("year"); !year.empty()) {
            try {
                std::size_t used = 0;
                int y = std::stoi(year, &used);
                if (used != year.size() || y < 1900 || y > 2200) throw std::invalid_argument(year);
                e.year = y;
            } catch (const std::exception&) {
                throw std::runtime_error(fmt::format("{}:{}: year '{}' is not a year", path, record_line, year));
            }
        }
        std::string key = canonical_path(file_path.is_absolute() ? file_path : base / file_path);
        entries_[key] = std::move(e);
        matched_[key] = false;
        record_line = line;
    }
}

const ManifestEntry* Manifest::find(const std::string& report_path) const {
    auto it = entries_.find(canonical_path(report_path));
    if (it == entries_.end()) return nullptr;
    std::lock_guard lock(mutex_);
    matched_[it->first] = true;
    return &it->second;
}

std::vector<std::string> Manifest::unmatched() const {
    std::lock_guard lock(mutex_);
    std::vector<std::string> out;
    for (const auto& [path, seen] : matched_)
        if (!seen) out.push_back(path);
    return out;
}

}  // namespace gklint
