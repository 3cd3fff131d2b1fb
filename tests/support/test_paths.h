#pragma once
// Paths the tests need, fixed at build time.
#include <string>

namespace gklint::test {

inline std::string source_path(const std::string& relative) { return std::string(GKLINT_SOURCE_DIR) + "/" + relative; }
inline std::string build_prefix() { return GKLINT_BUILD_PREFIX; }
inline std::string gklint_binary() { return GKLINT_BINARY; }
inline std::string test_plugin(const std::string& name) { return std::string(GKLINT_TEST_PLUGIN_DIR) + "/" + name + ".so"; }

std::string read_file(const std::string& path);

}  // namespace gklint::test
