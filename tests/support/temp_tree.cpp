#include "support/temp_tree.h"

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace gklint::test {
namespace fs = std::filesystem;

TempTree::TempTree() {
    std::string pattern = (fs::temp_directory_path() / "gklint-tree-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    root_ = fs::canonical(pattern).string();
}

TempTree::~TempTree() {
    std::error_code ec;
    fs::remove_all(root_, ec);
}

std::string TempTree::path(const std::string& relative) const { return (fs::path(root_) / relative).string(); }

std::string TempTree::write(const std::string& relative, const std::string& content) const {
    fs::path target = fs::path(root_) / relative;
    fs::create_directories(target.parent_path());
    std::ofstream out(target, std::ios::binary);
    if (!(out << content)) throw std::runtime_error("cannot write " + target.string());
    return target.string();
}

}  // namespace gklint::test
