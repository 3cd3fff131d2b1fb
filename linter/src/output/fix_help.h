#pragma once
// What the human format says about a diagnostic's fix: "替换为 “…”（可自动修复）".
#include <string>

#include "core/diagnostic.h"
#include "core/document.h"
#include "core/language.h"

namespace gklint {

// The help text for `diagnostic.fix` (which must be set), without the "help: " label.
// Safe fixes and suggestions are worded differently.
std::string describe_fix(const Document& document, const Diagnostic& diagnostic, Language language);

}  // namespace gklint
