#include "report_outline.h"

#include <optional>
#include <string>

#include "report_text.h"
#include "utf8_regex.h"

namespace article {
using plugin_common::ByteRange;
using plugin_common::RegexMatch;
using plugin_common::Utf8Regex;
namespace {

// The numeral of a level-1 heading at the start of `line`.
std::optional<std::string> heading_numeral(std::string_view line) {
    // The match ends at the line's first mark (blanks and numerals are no marks): the
    // line is searched up to there, not whole (a web page may be one line of megabytes).
    std::size_t mark = std::string_view::npos;
    for (std::string_view m : {"、", ".", "．"})
        if (std::size_t at = line.find(m); at != std::string_view::npos && (mark == std::string_view::npos || at < mark))
            mark = at + m.size();
    if (mark == std::string_view::npos) return std::nullopt;  // most lines: no regex search
    static const Utf8Regex kHeading(R"(^\s*()" + kNumeral + ")[、.．]");
    auto m = kHeading.find(line.substr(0, mark));
    if (!m) return std::nullopt;
    const ByteRange& numeral = *m->groups[1];
    return numeral_chars(line.substr(numeral.begin, numeral.end - numeral.begin));
}

}  // namespace

std::vector<LineSpan> section_two_spans(const gklint::plugin::Context& ctx) {
    std::vector<LineSpan> spans;
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::size_t open = kNone;
    for (std::size_t i = 0; i < ctx.line_count(); ++i) {
        auto numeral = heading_numeral(ctx.line(i));
        if (!numeral) continue;
        if (*numeral == "二") {
            if (open == kNone) open = i;
        } else if (open != kNone && *numeral != "一") {
            spans.push_back({open, i});
            open = kNone;
        }
    }
    if (open != kNone) spans.push_back({open, ctx.line_count()});
    return spans;
}

}  // namespace article
