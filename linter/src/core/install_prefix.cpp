#include "core/install_prefix.h"

namespace gklint {

std::filesystem::path install_prefix() {
    std::error_code ec;
    std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::current_path() : exe.parent_path().parent_path();
}

}  // namespace gklint
