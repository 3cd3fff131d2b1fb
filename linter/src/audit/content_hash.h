#pragma once
// A file's content hash for the audit's "re-lint only what changed": XXH3-128 as 32
// hex digits (a fast non-cryptographic hash: it tells changed files apart, it does
// not authenticate them).
#include <string>
#include <string_view>

namespace gklint {

std::string content_hash(std::string_view bytes);

}  // namespace gklint
