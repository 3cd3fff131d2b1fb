#include "audit/agency_key.h"

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
