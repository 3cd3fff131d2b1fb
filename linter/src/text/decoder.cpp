#include "text/decoder.h"

#include <unicode/ucnv.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <vector>

#include <fmt/format.h>

namespace gklint {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

// A control character that never occurs in text: a sign of a binary file.
bool is_binary_control(UChar32 c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7f;
}

[[noreturn]] void throw_binary(UChar32 c, std::size_t offset) {
    throw InputError(fmt::format("binary data: control character U+{:04X} at byte offset {}",
                                 static_cast<unsigned>(c), offset),
                     offset);
}

void check_controls_utf8(std::string_view s, std::size_t shift) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80 && is_binary_control(b)) throw_binary(b, i + shift);
    }
}

DecodedText decode_utf8(std::string_view bytes, std::size_t bom_size) {
    std::string_view body = bytes.substr(bom_size);
    std::size_t bad = first_invalid_utf8(body);
    if (bad != std::string_view::npos) {
        throw InputError(fmt::format("invalid UTF-8 at byte offset {}", bad + bom_size),
                         bad + bom_size);
    }
    check_controls_utf8(body, bom_size);
    return DecodedText{std::string(body), "UTF-8", bom_size > 0,
                       SourceMap::shifted(bom_size, bytes.size())};
}

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};

DecodedText decode_with_icu(std::string_view bytes, const std::string& name, std::size_t bom_size) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(name.c_str(), &status));
    if (U_FAILURE(status)) throw InputError(fmt::format("unknown encoding '{}'", name), 0);
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);

    std::string_view body = bytes.substr(bom_size);
    // Some charsets map one byte to a supplementary code point (two UTF-16 units).
    std::vector<UChar> units(2 * body.size() + 2);
    std::vector<int32_t> offsets(units.size());
    UChar* target = units.data();
    const char* source = body.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(conv.get(), &target, units.data() + units.size(), &source,
                   body.data() + body.size(), offsets.data(), /*flush=*/true, &status);
    if (U_FAILURE(status)) {
        char invalid[32];
        int8_t invalid_len = sizeof invalid;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(conv.get(), invalid, &invalid_len, &ignored);
        std::size_t at = static_cast<std::size_t>(source - body.data()) - invalid_len + bom_size;
        throw InputError(fmt::format("invalid {} at byte offset {}", name, at), at);
    }

    int32_t count = static_cast<int32_t>(target - units.data());
    // Without a BOM skipped up front (a forced encoding, GB18030) the bytes may
    // still start with one: ICU's UTF-16/UTF-32 converters consume it (the first
    // unit then starts past offset 0), the others pass it on as U+FEFF, which is
    // not part of the text either.
    bool bom = bom_size > 0 || (count > 0 && offsets[0] > 0);
    int32_t first = 0;
    if (bom_size == 0 && count > 0 && units[0] == 0xFEFF) {
        bom = true;
        first = 1;
    }
    DecodedText out{{}, name, bom, SourceMap::transcoded(bytes.size())};
    out.text.reserve(static_cast<std::size_t>(count) * 3 / 2);
    for (int32_t i = first; i < count;) {
        std::size_t original = static_cast<std::size_t>(offsets[i]) + bom_size;
        UChar32 c;
        U16_NEXT(units.data(), i, count, c);
        if (U_IS_SURROGATE(c)) throw InputError(fmt::format("unpaired surrogate at byte offset {}", original), original);
        if (is_binary_control(c)) throw_binary(c, original);
        out.map.add(out.text.size(), original);
        char buf[4];
        int32_t len = 0;
        U8_APPEND_UNSAFE(buf, len, c);
        out.text.append(buf, static_cast<std::size_t>(len));
    }
    out.map.finish(out.text.size());
    return out;
}

// The name people know the charset by ("GBK", "GB18030", "UTF-16LE"), not ICU's
// internal one ("windows-936-2000"): the MIME name, else the IANA name.
std::string canonical_name(std::string_view requested) {
    UErrorCode status = U_ZERO_ERROR;
    std::string name(requested);
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(name.c_str(), &status));
    if (U_FAILURE(status)) throw InputError(fmt::format("unknown encoding '{}'", requested), 0);
    const char* internal = ucnv_getName(conv.get(), &status);
    if (U_FAILURE(status) || !internal) return name;
    for (const char* standard : {"MIME", "IANA"}) {
        status = U_ZERO_ERROR;
        const char* known = ucnv_getStandardName(internal, standard, &status);
        if (U_SUCCESS(status) && known) return known;
    }
    return internal;
}

DecodedText detect_and_decode(std::string_view bytes) {
    if (starts_with(bytes, "\xEF\xBB\xBF")) return decode_utf8(bytes, 3);
    if (starts_with(bytes, std::string_view("\xFF\xFE\x00\x00", 4))) return decode_with_icu(bytes, "UTF-32LE", 4);
    if (starts_with(bytes, std::string_view("\x00\x00\xFE\xFF", 4))) return decode_with_icu(bytes, "UTF-32BE", 4);
    if (starts_with(bytes, "\xFF\xFE")) return decode_with_icu(bytes, "UTF-16LE", 2);
    if (starts_with(bytes, "\xFE\xFF")) return decode_with_icu(bytes, "UTF-16BE", 2);

    // Control bytes never occur inside a multi-byte sequence of UTF-8 or GB18030,
    // so binary data is told apart before guessing between the two.
    check_controls_utf8(bytes, 0);
    std::size_t bad = first_invalid_utf8(bytes);
    if (bad == std::string_view::npos) return decode_utf8(bytes, 0);
    try {
        return decode_with_icu(bytes, "GB18030", 0);
    } catch (const InputError& gb) {
        // The encoding that got further is the likelier one: point at its error.
        throw InputError(fmt::format("not valid UTF-8 (first invalid byte at offset {}) "
                                     "and not valid GB18030 ({}); pass --encoding NAME",
                                     bad, gb.what()),
                         std::max(bad, gb.byte_offset()));
    }
}

}  // namespace

DecodedText decode(std::string_view bytes, std::string_view encoding) {
    if (bytes.empty()) throw InputError("empty file", 0);
    DecodedText out;
    if (encoding.empty()) {
        out = detect_and_decode(bytes);
    } else {
        std::string name = canonical_name(encoding);
        out = name == "UTF-8" ? decode_utf8(bytes, starts_with(bytes, "\xEF\xBB\xBF") ? 3 : 0)
                              : decode_with_icu(bytes, name, 0);
    }
    if (out.text.empty()) throw InputError("empty file (only a byte order mark)", bytes.size());
    return out;
}

std::size_t first_invalid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    for (std::size_t i = 0; i < s.size();) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        // One sequence at a time, so that texts past 2 GB do not overflow ICU's int32 index.
        int32_t at = 0;
        const auto length = static_cast<int32_t>(std::min<std::size_t>(s.size() - i, 4));
        UChar32 c;
        U8_NEXT(p + i, at, length, c);
        if (c < 0) return i;
        i += static_cast<std::size_t>(at);
    }
    return std::string_view::npos;
}

}  // namespace gklint
