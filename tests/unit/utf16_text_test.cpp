// Utf16Text: UTF-16 indices and UTF-8 byte offsets mapped both ways, on valid text
// (offsets kept for every 16th unit) and on text with invalid bytes (kept for each).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <unicode/utf8.h>

#include "gklint/utf16_text.hpp"

namespace gklint {
namespace {

// The byte offset of every UTF-16 unit, the slow way: one per code point, both units of
// a surrogate pair at the pair's first byte.
std::vector<std::size_t> expected_offsets(const std::string& s) {
    std::vector<std::size_t> out;
    const auto size = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < size;) {
        auto at = static_cast<std::size_t>(i);
        UChar32 c;
        U8_NEXT(s.data(), i, size, c);
        out.push_back(at);
        if (c > 0xFFFF) out.push_back(at);
    }
    out.push_back(s.size());
    return out;
}

void expect_maps(const std::string& s) {
    Utf16Text u(s);
    auto expected = expected_offsets(s);
    ASSERT_EQ(static_cast<std::size_t>(u.text.length()) + 1, expected.size());
    for (std::size_t k = 0; k < expected.size(); ++k)
        ASSERT_EQ(u.byte(static_cast<int32_t>(k)), expected[k]) << "unit " << k;
    for (std::size_t byte = 0; byte <= s.size(); ++byte) {
        std::size_t k = 0;
        while (k + 1 < expected.size() && expected[k] < byte) ++k;
        ASSERT_EQ(static_cast<std::size_t>(u.unit_at_or_after(byte)), k) << "byte " << byte;
    }
}

TEST(Utf16Text, MapsEveryUnitOfValidTextAcrossTheStride) {
    // One, two, three and four bytes per character, surrogate pairs split by the stride.
    std::string s;
    for (int i = 0; i < 20; ++i) s += "a\xC3\xA9中\xF0\x9F\x98\x80";  // a é 中 😀
    s += "𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷 共主动公开政府信息1234条";
    expect_maps(s);
    for (std::size_t cut = 0; cut < 40; ++cut) expect_maps(s.substr(0, cut * 4));
}

TEST(Utf16Text, MapsTextWithInvalidBytesUnitByUnit) {
    // A stray continuation byte, a truncated sequence, an overlong form: each a U+FFFD.
    expect_maps("收到\x80申请\xE4\xB8件\xC0\xAF。" + std::string(40, 'x') + "\xFF末");
}

TEST(Utf16Text, EmptyText) {
    Utf16Text u("");
    EXPECT_EQ(u.byte(0), 0u);
    EXPECT_EQ(u.unit_at_or_after(0), 0);
    EXPECT_EQ(u.unit_at_or_after(5), 0);
}

}  // namespace
}  // namespace gklint
