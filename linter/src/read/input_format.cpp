#include "read/input_format.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace gklint {
namespace {

constexpr std::array<std::pair<std::string_view, InputFormat>, 5> kNames{{
    {"text", InputFormat::Text},
    {"markdown", InputFormat::Markdown},
    {"html", InputFormat::Html},
    {"docx", InputFormat::Docx},
    {"pdf", InputFormat::Pdf},
}};

std::string lower_extension(std::string_view path) {
    std::size_t slash = path.find_last_of("/\\");
    std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    std::size_t dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return {};
    std::string ext(name.substr(dot + 1));
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// The first bytes of an HTML document, past a BOM and white space: a doctype, a
// comment or one of the elements a page starts with.
bool looks_like_html(std::string_view bytes) {
    std::string head;
    for (char c : bytes.substr(0, 1024)) head += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string_view h = head;
    if (starts_with(h, "\xEF\xBB\xBF")) h.remove_prefix(3);
    while (!h.empty() && std::isspace(static_cast<unsigned char>(h.front()))) h.remove_prefix(1);
    for (std::string_view tag : {"<!doctype html", "<html", "<head", "<body", "<meta", "<?xml version=\"1.0\"?><html"})
        if (starts_with(h, tag)) return true;
    return starts_with(h, "<!--") && h.find("<html") != std::string_view::npos;
}

}  // namespace

std::optional<InputFormat> parse_input_format(std::string_view name) {
    for (const auto& [n, f] : kNames)
        if (n == name) return f;
    if (name == "txt") return InputFormat::Text;
    if (name == "md") return InputFormat::Markdown;
    return std::nullopt;
}

std::string_view input_format_name(InputFormat format) {
    for (const auto& [n, f] : kNames)
        if (f == format) return n;
    return "text";
}

InputFormat detect_input_format(std::string_view path, std::string_view bytes) {
    if (starts_with(bytes, "%PDF-")) return InputFormat::Pdf;
    // A zip (local file header): DOCX when the extension or the first entry names say so.
    if (starts_with(bytes, "PK\x03\x04")) return InputFormat::Docx;
    std::string ext = lower_extension(path);
    if (ext == "pdf") return InputFormat::Pdf;
    if (ext == "docx") return InputFormat::Docx;
    if (looks_like_html(bytes)) return InputFormat::Html;
    if (ext == "html" || ext == "htm" || ext == "shtml" || ext == "xhtml") return InputFormat::Html;
    if (ext == "md" || ext == "markdown") return InputFormat::Markdown;
    return InputFormat::Text;
}

bool has_report_extension(std::string_view path) {
    std::string ext = lower_extension(path);
    for (std::string_view e : {"txt", "md", "markdown", "html", "htm", "shtml", "xhtml", "docx", "pdf"})
        if (ext == e) return true;
    return false;
}

}  // namespace gklint
