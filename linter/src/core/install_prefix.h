#pragma once
// Where gklint is installed: the parent of the running executable's directory
// (<prefix>/bin/gklint), the current directory when that cannot be read. The build
// tree has the same layout.
#include <filesystem>

namespace gklint {

std::filesystem::path install_prefix();

}  // namespace gklint
