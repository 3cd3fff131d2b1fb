#pragma once
// Decodes an HTML page's bytes: BOM, else --encoding, else the charset its <meta>
// declares, else detection (UTF-8, then GB18030).
#include <string_view>

#include "text/decoder.h"

namespace gklint {

DecodedText decode_page(std::string_view bytes, std::string_view forced_encoding);

}  // namespace gklint
