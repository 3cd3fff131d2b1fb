#include "core/file_uri.h"

#include <cctype>

namespace gklint {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
}

}  // namespace

std::optional<std::string> uri_to_path(std::string_view uri) {
    if (!starts_with_ci(uri, "file://")) return std::nullopt;
    std::string_view rest = uri.substr(7);
    if (starts_with_ci(rest, "localhost/")) rest.remove_prefix(9);
    if (rest.empty() || rest.front() != '/') return std::nullopt;  // a remote host
    if (auto cut = rest.find_first_of("?#"); cut != std::string_view::npos) rest = rest.substr(0, cut);
    std::string path;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        if (rest[i] == '%' && i + 2 < rest.size() && hex_value(rest[i + 1]) >= 0 && hex_value(rest[i + 2]) >= 0) {
            char decoded = static_cast<char>(hex_value(rest[i + 1]) * 16 + hex_value(rest[i + 2]));
            if (decoded == '\0') return std::nullopt;
            path.push_back(decoded);
            i += 2;
        } else {
            path.push_back(rest[i]);
        }
    }
    return path;
}

std::string path_to_uri(std::string_view path) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string uri = "file://";
    for (char c : path) {
        auto b = static_cast<unsigned char>(c);
        bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (alnum || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
            uri.push_back(c);
        } else {
            uri.push_back('%');
            uri.push_back(kHex[b >> 4]);
            uri.push_back(kHex[b & 15]);
        }
    }
    return uri;
}

}  // namespace gklint
