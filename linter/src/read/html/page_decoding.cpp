#include "read/html/page_decoding.h"

#include <string>

#include "read/html/charset_prescan.h"

namespace gklint {
namespace {

bool has_bom(std::string_view bytes) {
    return bytes.substr(0, 3) == "\xEF\xBB\xBF" || bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF";
}

}  // namespace

DecodedText decode_page(std::string_view bytes, std::string_view forced_encoding) {
    if (has_bom(bytes)) return decode(bytes);
    if (!forced_encoding.empty()) return decode(bytes, forced_encoding);
    std::string declared = prescan_html_charset(bytes);
    if (declared.empty()) return decode(bytes);
    try {
        return decode(bytes, declared);
    } catch (const InputError&) {
        // A page declaring a charset it is not written in (or one nobody knows) is
        // read the way an undeclared one is; errors then are detection's.
        return decode(bytes);
    }
}

}  // namespace gklint
