#pragma once
// ANSI colours for the human format; a disabled style returns text unchanged.
#include <string>
#include <string_view>

#include "core/severity.h"

namespace gklint {

enum class Tone { Error, Warning, Info, Note, Help, Gutter, Path, Success };

Tone tone_of(Severity severity);

class TerminalStyle {
public:
    explicit TerminalStyle(bool enabled) : enabled_(enabled) {}
    std::string paint(std::string_view text, Tone tone) const;

private:
    bool enabled_;
};

}  // namespace gklint
