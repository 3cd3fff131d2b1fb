#pragma once
// The last line of the human format: "✖ 3 个问题（2 个错误，1 个警告），1 个可自动修复".
#include <string>

#include "core/language.h"
#include "output/formatter.h"
#include "output/terminal_style.h"

namespace gklint {

std::string summary_line(const RunSummary& summary, Language language, const TerminalStyle& style);

}  // namespace gklint
