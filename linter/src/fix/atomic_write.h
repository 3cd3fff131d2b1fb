#pragma once
// Replaces a file's content all at once: a temporary file in the same directory,
// then rename(2). Readers see the old or the new file, never a half-written one.
#include <string>
#include <string_view>

namespace gklint {

// Writes `bytes` to `path` (a symbolic link: to its target), keeping the file's
// permission bits (and owner, where allowed). Throws std::runtime_error; the
// temporary file is removed on every failure.
void write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace gklint
