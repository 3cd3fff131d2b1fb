// Decoding: sample 004 in GB18030, UTF-16LE/BE and UTF-8 with BOM (tests/fixtures/encodings,
// made with iconv) decodes to the UTF-8 original, maps back to the right bytes and gets the
// same findings; input that is not text is refused with the offending byte offset.
#include "text/decoder.h"

#include <gtest/gtest.h>
#include <iconv.h>

#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/runner.h"
#include "support/builtin_registry.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

const std::string kOriginal = "examples/004_dc050822b7b0f109.txt";

struct Fixture {
    const char* file;      // under tests/fixtures/encodings
    const char* encoding;  // what the decoder must report
    const char* iconv_name;
    std::size_t bom_size;
};

const Fixture kFixtures[] = {
    {"004.gb18030.txt", "GB18030", "GB18030", 0},
    {"004.utf16le-bom.txt", "UTF-16LE", "UTF-16LE", 2},
    {"004.utf16be-bom.txt", "UTF-16BE", "UTF-16BE", 2},
    {"004.utf8-bom.txt", "UTF-8", "UTF-8", 3},
};

std::string fixture_bytes(const Fixture& f) {
    return test::read_file(test::source_path(std::string("tests/fixtures/encodings/") + f.file));
}

// glibc's iconv, not ICU: a conversion independent of the decoder's.
std::string iconv_from_utf8(std::string_view utf8, const char* to) {
    iconv_t cd = iconv_open(to, "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error(std::string("iconv cannot convert to ") + to);
    std::string out(utf8.size() * 4 + 4, '\0');
    char* in = const_cast<char*>(utf8.data());
    std::size_t in_left = utf8.size();
    char* target = out.data();
    std::size_t out_left = out.size();
    std::size_t result = iconv(cd, &in, &in_left, &target, &out_left);
    iconv_close(cd);
    if (result == static_cast<std::size_t>(-1)) throw std::runtime_error(std::string("iconv failed for ") + to);
    out.resize(out.size() - out_left);
    return out;
}

bool is_code_point_start(std::string_view text, std::size_t offset) {
    return offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

class EncodedSample : public ::testing::TestWithParam<Fixture> {
protected:
    std::string original = test::read_file(test::source_path(kOriginal));
    std::string bytes = fixture_bytes(GetParam());
};

TEST_P(EncodedSample, DecodesToTheUtf8Original) {
    DecodedText d = decode(bytes);
    EXPECT_EQ(d.encoding, GetParam().encoding);
    EXPECT_EQ(d.bom, GetParam().bom_size > 0);
    EXPECT_TRUE(d.text == original) << "decoded text differs from " << kOriginal;
    EXPECT_EQ(d.map.original_size(), bytes.size());
}

TEST_P(EncodedSample, ForcedEncodingDecodesTheSame) {
    DecodedText d = decode(bytes, GetParam().encoding);
    EXPECT_TRUE(d.text == original);
    EXPECT_EQ(d.bom, GetParam().bom_size > 0);
}

TEST_P(EncodedSample, SourceMapPointsAtEachCodePointsBytes) {
    const Fixture& f = GetParam();
    DecodedText d = decode(bytes);
    ASSERT_EQ(d.text, original);
    std::size_t checked = 0;
    for (std::size_t t = 0; t <= d.text.size(); ++t) {
        if (!is_code_point_start(d.text, t)) continue;
        std::size_t expected = f.bom_size + iconv_from_utf8(std::string_view(d.text).substr(0, t), f.iconv_name).size();
        ASSERT_EQ(d.map.to_original(t), expected) << "text offset " << t;
        ++checked;
    }
    EXPECT_GT(checked, 2000u);
    EXPECT_EQ(d.map.to_original(d.text.size()), bytes.size());
}

TEST_P(EncodedSample, SameFindingsAtTheSameLinesAndColumns) {
    const Fixture& f = GetParam();
    const RuleRegistry& registry = test::builtin_registry();
    auto rules = test::enable_all(registry);
    Document utf8(kOriginal, original);
    Document encoded(f.file, bytes);
    auto expected = run_rules(utf8, rules, Language::Zh);
    auto actual = run_rules(encoded, rules, Language::Zh);
    ASSERT_FALSE(expected.empty()) << "sample 004 should have findings (article/wrong-number at 45:2)";
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE("finding " + std::to_string(i + 1) + ": " + expected[i].rule_id + " " + expected[i].message);
        EXPECT_EQ(actual[i].rule_id, expected[i].rule_id);
        EXPECT_EQ(actual[i].message, expected[i].message);
        EXPECT_EQ(actual[i].fingerprint, expected[i].fingerprint);
        EXPECT_EQ(actual[i].fix.has_value(), expected[i].fix.has_value());
        if (actual[i].fix && expected[i].fix) {
            EXPECT_EQ(actual[i].fix->replacement, expected[i].fix->replacement);
        }
        for (ColumnUnit unit : {ColumnUnit::CodePoint, ColumnUnit::Utf16}) {
            for (bool at_end : {false, true}) {
                std::size_t offset = at_end ? expected[i].range.end : expected[i].range.begin;
                Position want = utf8.position(offset, unit);
                Position got = encoded.position(at_end ? actual[i].range.end : actual[i].range.begin, unit);
                EXPECT_EQ(got.line, want.line);
                EXPECT_EQ(got.column, want.column);
                EXPECT_EQ(want.original_offset, offset);
                std::size_t prefix = iconv_from_utf8(std::string_view(original).substr(0, offset), f.iconv_name).size();
                EXPECT_EQ(got.original_offset, f.bom_size + prefix);
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, EncodedSample, ::testing::ValuesIn(kFixtures),
                         [](const ::testing::TestParamInfo<Fixture>& info) {
                             std::string name = info.param.file;
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return name;
                         });

TEST(SourceMap, OffsetInsideACodePointMapsToItsStart) {
    // "a" + U+00A0 (4 bytes in GB18030: 81 30 84 32) + "中" (2 bytes: D6 D0).
    DecodedText d = decode(std::string("a\x81\x30\x84\x32\xD6\xD0", 7));
    ASSERT_EQ(d.text, "a\u00A0中");
    EXPECT_EQ(d.map.to_original(0), 0u);
    EXPECT_EQ(d.map.to_original(1), 1u);
    EXPECT_EQ(d.map.to_original(2), 1u);  // second byte of U+00A0
    EXPECT_EQ(d.map.to_original(3), 5u);
    EXPECT_EQ(d.map.to_original(4), 5u);
    EXPECT_EQ(d.map.to_original(5), 5u);
    EXPECT_EQ(d.map.to_original(6), 7u);
    EXPECT_EQ(d.map.to_original(100), 7u);
}

TEST(SourceMap, SupplementaryCharacterInUtf16) {
    // U+20BB7 𠮷 is a surrogate pair in UTF-16, 4 bytes in UTF-8.
    DecodedText d = decode(std::string("\xFF\xFE" "\x42\xD8\xB7\xDF" "a\0", 8));
    ASSERT_EQ(d.text, "\U00020BB7a");
    EXPECT_EQ(d.map.to_original(0), 2u);
    EXPECT_EQ(d.map.to_original(4), 6u);
    EXPECT_EQ(d.map.to_original(5), 8u);
}

InputError decode_error(const std::string& bytes, std::string_view encoding = {}) {
    try {
        decode(bytes, encoding);
    } catch (const InputError& e) {
        return e;
    }
    ADD_FAILURE() << "decoding did not fail";
    return InputError("no error", 0);
}

::testing::AssertionResult Contains(const std::string& text, const std::string& part) {
    if (text.find(part) != std::string::npos) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "'" << text << "' does not contain '" << part << "'";
}

TEST(Decoder, NeitherUtf8NorGb18030NamesTheOffset) {
    // 0xFF starts no sequence in either encoding.
    std::string bytes = "报告\n第一行\xFF结束";
    InputError e = decode_error(bytes);
    EXPECT_EQ(e.byte_offset(), bytes.find('\xFF'));
    EXPECT_TRUE(Contains(e.what(), "offset " + std::to_string(bytes.find('\xFF'))));
    EXPECT_TRUE(Contains(e.what(), "--encoding"));
}

TEST(Decoder, DamagedGb18030PointsAtTheDamageNotAtTheFirstNonUtf8Byte) {
    std::string bytes = iconv_from_utf8("政府信息公开工作年度报告\n一、总体情况\n", "GB18030");
    std::size_t damage = bytes.size();
    bytes += "\x80" + iconv_from_utf8("结束", "GB18030");
    InputError e = decode_error(bytes);
    EXPECT_EQ(e.byte_offset(), damage);
    EXPECT_TRUE(Contains(e.what(), "GB18030 at byte offset " + std::to_string(damage)));
}

TEST(Decoder, NulByteIsBinary) {
    InputError e = decode_error(std::string("报告正文\0\0\0", 15));
    EXPECT_TRUE(Contains(e.what(), "binary"));
    EXPECT_EQ(e.byte_offset(), 12u);
    EXPECT_TRUE(Contains(e.what(), "offset 12"));
}

TEST(Decoder, PngHeaderIsBinary) {
    InputError e = decode_error(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    EXPECT_EQ(std::string(e.what()).rfind("binary", 0), 0u) << e.what();
    EXPECT_EQ(e.byte_offset(), 6u);
}

TEST(Decoder, ControlCharacterInUtf16IsBinary) {
    InputError e = decode_error(std::string("\xFF\xFE" "a\0\x01\0", 6));
    EXPECT_TRUE(Contains(e.what(), "binary"));
    EXPECT_EQ(e.byte_offset(), 4u);
}

TEST(Decoder, EmptyInputIsRefused) {
    EXPECT_TRUE(Contains(decode_error("").what(), "empty file"));
    EXPECT_TRUE(Contains(decode_error("\xEF\xBB\xBF").what(), "empty file"));
    EXPECT_TRUE(Contains(decode_error("\xFF\xFE").what(), "empty file"));
}

TEST(Decoder, ForcedGbk) {
    std::string text = "二、主动公开政府信息情况\n第二十条第（一）项\n";
    std::string gbk = iconv_from_utf8(text, "GBK");
    DecodedText d = decode(gbk, "GBK");
    EXPECT_EQ(d.encoding, "GBK");
    EXPECT_EQ(d.text, text);
    EXPECT_EQ(decode(gbk, "gbk").text, text);
    EXPECT_EQ(decode(gbk, "cp936").encoding, "GBK");
}

TEST(Decoder, ForcedGbkRefusesWhatOnlyGb18030Has) {
    // U+00A0 exists in GB18030 (a four-byte sequence) but not in GBK.
    std::string original = test::read_file(test::source_path(kOriginal));
    std::string bytes = fixture_bytes(kFixtures[0]);
    std::size_t nbsp = iconv_from_utf8(std::string_view(original).substr(0, original.find("\u00A0")), "GB18030").size();
    InputError e = decode_error(bytes, "GBK");
    EXPECT_EQ(e.byte_offset(), nbsp);
    EXPECT_TRUE(Contains(e.what(), "invalid GBK at byte offset " + std::to_string(nbsp)));
    EXPECT_EQ(decode(bytes, "GB18030").text, original);
}

TEST(Decoder, ForcedUtf8RefusesGb18030) {
    std::string bytes = fixture_bytes(kFixtures[0]);
    std::size_t first_high = 0;
    while (static_cast<unsigned char>(bytes[first_high]) < 0x80) ++first_high;
    InputError e = decode_error(bytes, "UTF-8");
    EXPECT_EQ(e.byte_offset(), first_high);
}

TEST(Decoder, ForcedUtf16WithoutBom) {
    std::string text = "年度报告\n";
    DecodedText d = decode(iconv_from_utf8(text, "UTF-16LE"), "UTF-16LE");
    EXPECT_EQ(d.text, text);
    EXPECT_FALSE(d.bom);
    EXPECT_EQ(d.map.to_original(3), 2u);
}

TEST(Decoder, ForcedEncodingSkipsItsBom) {
    std::string bytes = fixture_bytes(kFixtures[1]);
    for (const char* name : {"UTF-16LE", "UTF-16"}) {
        DecodedText d = decode(bytes, name);
        EXPECT_EQ(d.text.substr(0, 9), "上塘镇") << name << ": the BOM must not become text";
        EXPECT_TRUE(d.bom) << name;
        EXPECT_EQ(d.map.to_original(0), 2u) << name;
    }
}

TEST(Decoder, Gb18030ByteOrderMarkIsNotText) {
    // U+FEFF in GB18030 is 84 31 95 33.
    DecodedText d = decode(std::string("\x84\x31\x95\x33\xD6\xD0", 6));
    EXPECT_EQ(d.encoding, "GB18030");
    EXPECT_TRUE(d.bom);
    EXPECT_EQ(d.text, "中");
    EXPECT_EQ(d.map.to_original(0), 4u);
}

TEST(Decoder, UnknownEncodingName) {
    InputError e = decode_error("abc", "no-such-charset");
    EXPECT_TRUE(Contains(e.what(), "unknown encoding 'no-such-charset'"));
}

TEST(Decoder, TruncatedUtf16) {
    std::string bytes = fixture_bytes(kFixtures[1]);
    bytes.pop_back();
    InputError e = decode_error(bytes);
    EXPECT_EQ(e.byte_offset(), bytes.size() - 1);
    EXPECT_TRUE(Contains(e.what(), "UTF-16LE"));

    // A high surrogate with its low half cut off.
    e = decode_error(std::string("\xFE\xFF\0a\xD8\x42", 6));
    EXPECT_EQ(e.byte_offset(), 4u);
}

TEST(Decoder, UnpairedLowSurrogate) {
    InputError e = decode_error(std::string("\xFF\xFE" "a\0\x00\xDC" "b\0", 8));
    EXPECT_EQ(e.byte_offset(), 4u);
}

TEST(Decoder, Utf8WithoutBomIsIdentity) {
    DecodedText d = decode("报告");
    EXPECT_EQ(d.encoding, "UTF-8");
    EXPECT_FALSE(d.bom);
    EXPECT_TRUE(d.map.is_identity());
    EXPECT_EQ(d.map.to_original(3), 3u);
}

}  // namespace
}  // namespace gklint
