#include "support/encode.h"

#include <unicode/ucnv.h>

#include <stdexcept>

namespace gklint::test {

std::string encode_as(std::string_view utf8, const char* to) {
    std::string out(utf8.size() * 4 + 16, '\0');
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = ucnv_convert(to, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                  static_cast<int32_t>(utf8.size()), &status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("cannot encode test text as ") + to);
    out.resize(static_cast<std::size_t>(length));
    return out;
}

}  // namespace gklint::test
