#include "audit/agency_key.h"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace gklint {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// What a name may carry or leave out for the same body; the longest first.
constexpr std::array<std::string_view, 5> kBodyForms = {"管理委员会", "人民政府", "管委会", "办事处", "政府"};

}  // namespace

std::string agency_key(std::string_view agency, const AgencyAliases& aliases) {
    std::string key;
    const auto* p = reinterpret_cast<const uint8_t*>(agency.data());
    const auto n = static_cast<int32_t>(agency.size());
    for (int32_t i = 0; i < n;) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c < 0 || u_isUWhiteSpace(c) || u_ispunct(c)) continue;
        key.append(agency.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (std::string_view form : kBodyForms)
            if (ends_with(key, form) && key.size() > form.size() + 3) {
                key.erase(key.size() - form.size());
                stripped = true;
                break;
            }
    }
    auto alias = aliases.find(key);
    return alias != aliases.end() ? alias->second : key;
}

std::map<std::string, std::string> link_parent_region_keys(const std::vector<std::string>& keys) {
    static constexpr std::string_view kRegions[] = {"自治区", "地区", "省", "市", "州", "盟", "县", "区", "旗"};
    std::map<std::string, std::string> out;
    for (const auto& longer : keys) {
        const std::string* match = nullptr;
        bool ambiguous = false;
        for (const auto& shorter : keys) {
            if (shorter.size() >= longer.size() || shorter.size() < 6 || !ends_with(longer, shorter)) continue;
            std::string_view prefix(longer.data(), longer.size() - shorter.size());
            bool region = std::any_of(std::begin(kRegions), std::end(kRegions),
                                      [&](std::string_view r) { return ends_with(prefix, r); });
            if (!region) continue;
            if (match && *match != shorter) ambiguous = true;
            match = &shorter;
        }
        if (match && !ambiguous) out[longer] = *match;
    }
    // Two agencies under different parents with one short name ("北京市朝阳区", "长春市朝阳区"
    // beside "朝阳区"): which one the short name means is unknown, so neither is linked.
    std::map<std::string, int> targets;
    for (const auto& [from, to] : out) ++targets[to];
    std::erase_if(out, [&](const auto& link) { return targets[link.second] > 1; });
    return out;
}

std::string agency_level(std::string_view agency) {
    std::string key = agency_key(agency);
    for (auto [word, level] : {std::pair<std::string_view, std::string_view>{"局", "部门"}, {"委员会", "部门"},
                               {"办公室", "部门"}, {"中心", "部门"}, {"厅", "部门"}, {"镇", "乡镇"}, {"乡", "乡镇"},
                               {"街道", "乡镇"}, {"县", "县"}, {"区", "县"}, {"市", "市"}, {"州", "市"}, {"省", "省"},
                               {"自治区", "省"}})
        if (ends_with(key, word)) return std::string(level);
    return {};
}

}  // namespace gklint
