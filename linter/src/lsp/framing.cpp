#include "lsp/framing.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>

#include <fmt/format.h>

namespace gklint::lsp {
namespace {

constexpr std::size_t kMaxHeaderLine = 8192;

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

// One header line without its terminator; nullopt at the end of the input.
// Overlong lines are cut (and then fail to parse).
std::optional<std::string> read_line(std::istream& in) {
    std::string line;
    for (int c; (c = in.get()) != std::char_traits<char>::eof();) {
        if (c == '\n') {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            return line;
        }
        if (line.size() < kMaxHeaderLine) line.push_back(static_cast<char>(c));
    }
    return std::nullopt;
}

std::optional<std::size_t> parse_length(std::string_view value) {
    std::size_t n = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size() || value.empty()) return std::nullopt;
    return n;
}

}  // namespace

Frame read_frame(std::istream& in, std::size_t max_body) {
    Frame frame;
    std::optional<std::size_t> length;
    std::string error;
    bool any_line = false;
    for (;;) {
        auto line = read_line(in);
        if (!line) return Frame{};  // Eof
        if (line->empty()) {
            if (!any_line) continue;  // stray blank lines between messages
            break;
        }
        any_line = true;
        std::string_view text = *line;
        auto colon = text.find(':');
        if (colon == std::string_view::npos) {
            if (error.empty()) error = fmt::format("malformed header line '{}'", text.substr(0, 80));
            continue;
        }
        std::string_view name = trim(text.substr(0, colon)), value = trim(text.substr(colon + 1));
        if (iequals(name, "Content-Length")) {
            length = parse_length(value);
            if (!length && error.empty()) error = fmt::format("bad Content-Length '{}'", value.substr(0, 80));
        }
    }
    if (error.empty() && !length) error = "missing Content-Length header";
    if (error.empty() && *length > max_body) {
        in.ignore(static_cast<std::streamsize>(*length));
        error = fmt::format("message of {} bytes exceeds the limit of {} bytes", *length, max_body);
    }
    if (!error.empty()) return Frame{FrameStatus::BadHeader, {}, error};
    frame.body.resize(*length);
    in.read(frame.body.data(), static_cast<std::streamsize>(*length));
    if (static_cast<std::size_t>(in.gcount()) != *length) return Frame{};  // Eof inside the body
    frame.status = FrameStatus::Message;
    return frame;
}

std::string frame_message(std::string_view body) {
    return fmt::format("Content-Length: {}\r\n\r\n{}", body.size(), body);
}

}  // namespace gklint::lsp
