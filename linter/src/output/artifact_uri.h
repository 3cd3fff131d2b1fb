#pragma once
// A file path as a SARIF artifactLocation: a relative URI reference resolved against the
// %SRCROOT% base id, or a file: URI for an absolute path. RFC 3986: every byte other than
// unreserved characters and '/' is percent-encoded (UTF-8), so 年报.txt is %E5%B9%B4%E6%8A%A5.txt.
#include <string>
#include <string_view>

namespace gklint {

inline constexpr std::string_view kSourceRootBaseId = "%SRCROOT%";

struct ArtifactUri {
    std::string uri;
    bool relative = true;  // resolve against kSourceRootBaseId
};

ArtifactUri artifact_uri(std::string_view path);

}  // namespace gklint
