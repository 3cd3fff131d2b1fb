#pragma once
// file:// URIs and file system paths (RFC 8089; percent-encoding per RFC 3986).
#include <optional>
#include <string>
#include <string_view>

namespace gklint {

// The absolute path of a file:// URI (host "" or "localhost"); nullopt for other schemes.
std::optional<std::string> uri_to_path(std::string_view uri);

// file:// URI of an absolute path, with everything but unreserved characters and '/' percent-encoded.
std::string path_to_uri(std::string_view path);

}  // namespace gklint
