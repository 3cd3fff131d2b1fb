#pragma once
// A temporary directory tree for tests that need real files (configuration
// discovery, file walks). Removed when the object goes away.
#include <string>

namespace gklint::test {

class TempTree {
public:
    TempTree();
    ~TempTree();
    TempTree(const TempTree&) = delete;
    TempTree& operator=(const TempTree&) = delete;

    const std::string& root() const { return root_; }
    // root/relative, absolute.
    std::string path(const std::string& relative) const;
    // Writes root/relative (creating its directories) and returns its absolute path.
    std::string write(const std::string& relative, const std::string& content) const;

private:
    std::string root_;
};

}  // namespace gklint::test
