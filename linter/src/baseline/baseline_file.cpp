#include "baseline/baseline_file.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <tuple>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace gklint {
namespace {

using nlohmann::json;

std::string string_field(const json& entry, const char* name, std::size_t index) {
    auto it = entry.find(name);
    if (it == entry.end() || !it->is_string() || it->get_ref<const std::string&>().empty())
        throw std::runtime_error(fmt::format("entry {}: \"{}\" must be a non-empty string", index + 1, name));
    return it->get<std::string>();
}

}  // namespace

Baseline read_baseline(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open the baseline file");
    std::string content{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    json doc = json::parse(content, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) throw std::runtime_error("the baseline file is not valid JSON");
    if (!doc.is_object()) throw std::runtime_error("the baseline file must hold a JSON object");
    auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer() || version->get<long>() != kBaselineVersion)
        throw std::runtime_error(fmt::format("unsupported baseline version (this gklint reads version {})",
                                             kBaselineVersion));
    auto entries = doc.find("entries");
    if (entries == doc.end() || !entries->is_array()) throw std::runtime_error("\"entries\" must be an array");
    Baseline baseline;
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const json& e = (*entries)[i];
        if (!e.is_object()) throw std::runtime_error(fmt::format("entry {} must be an object", i + 1));
        BaselineEntry entry{string_field(e, "file", i), string_field(e, "rule", i), string_field(e, "fingerprint", i),
                            1, {}};
        if (auto count = e.find("count"); count != e.end()) {
            if (!count->is_number_unsigned() || count->get<std::size_t>() == 0)
                throw std::runtime_error(fmt::format("entry {}: \"count\" must be a positive integer", i + 1));
            entry.count = count->get<std::size_t>();
        }
        if (auto message = e.find("message"); message != e.end() && message->is_string())
            entry.message = message->get<std::string>();
        baseline.entries.push_back(std::move(entry));
    }
    return baseline;
}

void write_baseline(const std::string& path, const Baseline& baseline) {
    std::vector<BaselineEntry> entries = baseline.entries;
    std::sort(entries.begin(), entries.end(), [](const BaselineEntry& a, const BaselineEntry& b) {
        return std::tie(a.file, a.rule, a.fingerprint) < std::tie(b.file, b.rule, b.fingerprint);
    });
    // In the order people read them: what, then for whom.
    using ordered = nlohmann::ordered_json;
    ordered list = ordered::array();
    for (const auto& e : entries)
        list.push_back(ordered{{"file", e.file}, {"rule", e.rule}, {"fingerprint", e.fingerprint}, {"count", e.count},
                               {"message", e.message}});
    ordered doc{{"version", kBaselineVersion}, {"tool", "gklint " GKLINT_VERSION}, {"entries", std::move(list)}};
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << doc.dump(2, ' ', /*ensure_ascii=*/false, ordered::error_handler_t::replace) << '\n';
    out.close();
    if (!out) throw std::runtime_error("cannot write the baseline file");
}

}  // namespace gklint
