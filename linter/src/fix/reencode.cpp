#include "fix/reencode.h"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <memory>
#include <vector>

namespace gklint {
namespace {

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};

}  // namespace

std::optional<std::string> encode_text(std::string_view utf8, const std::string& encoding) {
    if (encoding == "UTF-8") return std::string(utf8);
    if (utf8.empty()) return std::string();
    UErrorCode status = U_ZERO_ERROR;
    int32_t units_needed = 0;
    u_strFromUTF8(nullptr, 0, &units_needed, utf8.data(), static_cast<int32_t>(utf8.size()), &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return std::nullopt;
    std::vector<UChar> units(static_cast<std::size_t>(units_needed) + 1);
    status = U_ZERO_ERROR;
    u_strFromUTF8(units.data(), static_cast<int32_t>(units.size()), nullptr, utf8.data(),
                  static_cast<int32_t>(utf8.size()), &status);
    if (U_FAILURE(status)) return std::nullopt;

    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(encoding.c_str(), &status));
    if (U_FAILURE(status)) return std::nullopt;
    // Stop at a character the charset lacks instead of writing a substitute.
    ucnv_setFromUCallBack(conv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status)) return std::nullopt;
    std::string out(static_cast<std::size_t>(units_needed) * 4 + 16, '\0');
    int32_t length = ucnv_fromUChars(conv.get(), out.data(), static_cast<int32_t>(out.size()), units.data(),
                                     units_needed, &status);
    if (U_FAILURE(status)) return std::nullopt;
    out.resize(static_cast<std::size_t>(length));
    return out;
}

}  // namespace gklint
