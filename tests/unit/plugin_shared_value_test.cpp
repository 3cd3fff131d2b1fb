// The plugin API's document_value (Context::shared): a value a plugin's rules share is
// built once per document, by the first rule that asks, and not again for the others.
#include <gtest/gtest.h>

#include <string>

#include "support/process.h"
#include "support/test_paths.h"

namespace gklint::test {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

TEST(PluginSharedValue, IsBuiltOncePerDocumentForAllRulesThatAskForIt) {
    const std::string a = source_path("examples/004_dc050822b7b0f109.txt");
    const std::string b = source_path("examples/000_35cae2b5b7ef7ad3.txt");
    auto r = run_gklint({"--format", "gcc", "-j", "1", "--plugin", test_plugin("shared_value"), a, b});
    ASSERT_EQ(count(r.out, "[test/shared-"), 6u) << r.out << r.err;
    // Three rules on the first file saw build 1, three on the second build 2: no rule built its own.
    EXPECT_EQ(count(r.out, "build 1 of "), 3u) << r.out;
    EXPECT_EQ(count(r.out, "build 2 of "), 3u) << r.out;
    EXPECT_EQ(count(r.out, "build 3 of "), 0u) << r.out;
}

}  // namespace
}  // namespace gklint::test
