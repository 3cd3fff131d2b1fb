#include "read/legacy_office.h"

#include "text/decoder.h"

namespace gklint {
namespace {

bool is_ole_compound(std::string_view bytes) {
    return bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

// The directory of an encrypted OOXML file names an "EncryptionInfo" stream (UTF-16LE).
bool holds_encryption_info(std::string_view bytes) {
    static constexpr char kName[] = "E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0";
    return bytes.find(std::string_view(kName, sizeof kName - 1)) != std::string_view::npos;
}

}  // namespace

void reject_legacy_office(std::string_view bytes) {
    if (!is_ole_compound(bytes)) return;
    if (holds_encryption_info(bytes))
        throw InputError(
            "this Word document is encrypted (password-protected), so gklint cannot read it; remove the "
            "password (Word: File > Info > Protect Document > Encrypt with Password, clear it) and lint the saved .docx",
            0);
    throw InputError(
        "this is a legacy Word (.doc) or WPS file, which gklint does not read; save it as .docx "
        "(Word: File > Save As > Word Document) and lint that",
        0);
}

}  // namespace gklint
