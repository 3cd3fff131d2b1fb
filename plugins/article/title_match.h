#pragma once
// How a written title compares with the 条例's official title
// 《中华人民共和国政府信息公开条例》: exact, the short form 政府信息公开条例, a near
// miss (a wording the writer meant as this 条例: 政务信息公开条例, 信息公开条例,
// 政府信息公开管理条例, 中国政府信息公开条例, …) or another document (档案法,
// 保守国家秘密法, a province's 政府信息公开规定, the party's 党务公开条例, …).
#include <string>
#include <string_view>

namespace article {

inline constexpr std::string_view kOfficialName = "中华人民共和国政府信息公开条例";
inline constexpr std::string_view kOfficialTitle = "《中华人民共和国政府信息公开条例》";

enum class TitleKind { Other, Exact, ShortForm, NearMiss };

// `name`: the title without 《》, Simplified, pinyin and whitespace removed.
// A near miss: issued under 中华人民共和国/国务院 or no issuer at all (no place or
// party name), ending in 条例 (or 条列/法… when the rest is exact), whose core
// (between issuer and 条例) is within three edits of 政府信息公开 and keeps 信息 or
// 公开, or holds both 信息 and 公开 in another order.
TitleKind classify_title(std::string_view name);

// What differs from the official name, for messages: 缺少“政府”, 多出“管理”,
// “政务”应为“政府” (English: missing '政府', extra '管理', '政务' for '政府').
std::string describe_difference(std::string_view name, bool english);

}  // namespace article
