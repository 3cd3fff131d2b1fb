#include "read/pdf/running_headers.h"

#include <cmath>
#include <map>
#include <string>
#include <utility>

namespace gklint::pdf {
namespace {

// Top and bottom margins, as fractions of the page height.
constexpr double kMargin = 0.12;

std::string line_text(const Line& line) {
    std::string text;
    for (const Segment& s : line.segments) append_joined(text, s.text, true);
    return text;
}

bool in_margin(const Line& line, double page_height) {
    if (page_height <= 0) return false;
    return line.bottom < kMargin * page_height || line.top > (1 - kMargin) * page_height;
}

std::string without_spaces(std::string_view text) {
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '\t') out += c;
    return out;
}

bool consume(std::string_view& s, std::string_view prefix) {
    if (s.substr(0, prefix.size()) != prefix) return false;
    s.remove_prefix(prefix.size());
    return true;
}

bool consume_number(std::string_view& s) {
    std::size_t n = 0;
    while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
    s.remove_prefix(n);
    return n > 0 && n <= 5;
}

void consume_dashes(std::string_view& s) {
    while (consume(s, "-") || consume(s, "—") || consume(s, "–") || consume(s, "－") || consume(s, "―")) {
    }
}

// Digits replaced by '#': page furniture differs between pages only in its numbers.
std::string shape_of(const std::string& text) {
    std::string out;
    for (char c : text) out += (c >= '0' && c <= '9') ? '#' : c;
    return out;
}

}  // namespace

bool is_page_number(std::string_view text) {
    std::string compact = without_spaces(text);
    std::string_view s = compact;
    if (consume(s, "第")) {  // 第N页 [共M页]
        if (!consume_number(s) || !consume(s, "页")) return false;
        consume(s, "，");
        consume(s, ",");
        if (consume(s, "共") && (!consume_number(s) || !consume(s, "页"))) return false;
        return s.empty();
    }
    if (consume(s, "共")) {  // 共M页 第N页
        if (!consume_number(s) || !consume(s, "页") || !consume(s, "第") || !consume_number(s) || !consume(s, "页"))
            return false;
        return s.empty();
    }
    consume_dashes(s);
    if (!consume_number(s)) return false;
    if (consume(s, "/") && !consume_number(s)) return false;
    consume_dashes(s);
    return s.empty();
}

void drop_running_headers(std::vector<PageLines>& pages) {
    // Shape and rounded height of margin lines -> the pages having one.
    std::map<std::pair<std::string, long>, std::size_t> seen;
    for (const PageLines& page : pages)
        for (const Line& line : page.lines)
            if (in_margin(line, page.height)) ++seen[{shape_of(line_text(line)), std::lround(line.top / 10)}];
    std::size_t repeated_at_least = pages.size() / 2 + 1;
    for (PageLines& page : pages) {
        std::erase_if(page.lines, [&](const Line& line) {
            if (!in_margin(line, page.height)) return false;
            std::string text = line_text(line);
            if (is_page_number(text)) return true;
            return pages.size() >= 3 && seen[{shape_of(text), std::lround(line.top / 10)}] >= repeated_at_least;
        });
    }
}

}  // namespace gklint::pdf
