#pragma once
// Files in the OLE compound format: legacy Word (.doc) and WPS files, and encrypted Office
// Open XML files (a password-protected .docx is an OLE file holding the encrypted package).
#include <string_view>

namespace gklint {

// Throws InputError explaining what the file is when `bytes` are an OLE compound file.
void reject_legacy_office(std::string_view bytes);

}  // namespace gklint
