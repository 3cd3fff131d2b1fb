#pragma once
// Files of the source tree the benchmarks read.
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace gklint::bench {

inline std::string read_source_file(const std::string& relative) {
    std::string path = std::string(GKLINT_SOURCE_DIR) + "/" + relative;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace gklint::bench
