#pragma once
// Who wrote a report, as a key that matches the same agency across years: the name
// without spaces and punctuation and without the body form that reports add or drop
// (平潭综合实验区管委会 / 平潭综合实验区管理委员会 / 平潭综合实验区 → 平潭综合实验区), then
// an alias list (全称/简称 of one agency) mapping variants to one key.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace gklint {

using AgencyAliases = std::map<std::string, std::string>;  // key of a variant → key of the agency

std::string agency_key(std::string_view agency, const AgencyAliases& aliases = {});

// Keys of one audit that name the same agency with and without its parent region
// ("淮安市洪泽区" and "洪泽区"): each longer key → the shorter one it ends with, when
// what it adds is a region (…省, …市, …州, …县, …区, …地区, …盟, …旗, …自治区), exactly one
// key of the audit is that shorter name, and no other longer key ends with it.
std::map<std::string, std::string> link_parent_region_keys(const std::vector<std::string>& keys);

// 省, 市, 县, 乡镇, 部门 or "" from the name's administrative words.
std::string agency_level(std::string_view agency);

}  // namespace gklint
