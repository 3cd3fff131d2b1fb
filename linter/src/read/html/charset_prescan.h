#pragma once
// Finds the character encoding a page declares in its first bytes, before parsing.
#include <string>
#include <string_view>

namespace gklint {

// The charset of <meta charset="…"> or <meta http-equiv="Content-Type" content="…;
// charset=…"> within the first 2 KB, as a name decode() knows (GBK and GB2312 mapped
// to their superset GB18030); empty when the page declares none.
std::string prescan_html_charset(std::string_view bytes);

}  // namespace gklint
