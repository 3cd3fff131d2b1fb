#include "output/terminal_style.h"

namespace gklint {
namespace {

std::string_view escape_code(Tone tone) {
    switch (tone) {
        case Tone::Error: return "\x1b[1;31m";
        case Tone::Warning: return "\x1b[1;33m";
        case Tone::Info: return "\x1b[1;36m";
        case Tone::Note: return "\x1b[1m";
        case Tone::Help: return "\x1b[1;32m";
        case Tone::Gutter: return "\x1b[1;34m";
        case Tone::Path: return "\x1b[1m";
        case Tone::Success: return "\x1b[1;32m";
    }
    return "\x1b[1m";
}

}  // namespace

Tone tone_of(Severity severity) {
    switch (severity) {
        case Severity::Error: return Tone::Error;
        case Severity::Warning: return Tone::Warning;
        case Severity::Info: return Tone::Info;
    }
    return Tone::Error;
}

std::string TerminalStyle::paint(std::string_view text, Tone tone) const {
    if (!enabled_ || text.empty()) return std::string(text);
    std::string out(escape_code(tone));
    out += text;
    out += "\x1b[0m";
    return out;
}

}  // namespace gklint
