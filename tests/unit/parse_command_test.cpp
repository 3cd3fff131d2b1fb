// `gklint parse`: the report model as data, with positions, against its schema.
#include <gtest/gtest.h>

#include <fstream>

#include <nlohmann/json.hpp>

#include "support/json_schema.h"
#include "support/process.h"
#include "support/temp_tree.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

using nlohmann::json;
using test::read_file;
using test::run_gklint;
using test::source_path;

test::SchemaChecker& schema() {
    static test::SchemaChecker checker(json::parse(read_file(source_path("docs/schemas/gklint-model-v1.schema.json"))));
    return checker;
}

TEST(ParseCommand, JsonOfEverySampleAndRealReportMatchesTheSchema) {
    std::vector<std::string> args{"parse", "--format", "json"};
    for (const char* f : {"examples/000_35cae2b5b7ef7ad3.txt", "examples/001_6997cc47fc5df21f.txt",
                          "examples/002_de76e490e607cf78.txt", "examples/003_f29079d135fdfab1.txt",
                          "examples/004_dc050822b7b0f109.txt", "tests/fixtures/real/2024_huaian_szf.txt",
                          "tests/fixtures/real/2021_pingtan_zhsyq.txt", "tests/fixtures/encodings/004.gb18030.txt"})
        args.push_back(source_path(f));
    auto r = run_gklint(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    json all = json::parse(r.out);
    ASSERT_TRUE(all.is_array());
    EXPECT_EQ(all.size(), 8u);
    EXPECT_EQ(schema().errors_in(all), std::vector<std::string>{});
}

TEST(ParseCommand, CellsCarryLineColumnAndOriginalOffsets) {
    auto r = run_gklint({"parse", "--format", "json", source_path("tests/fixtures/encodings/004.gb18030.txt")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    json m = json::parse(r.out);
    EXPECT_EQ(m["encoding"], "GB18030");
    const json* fee = nullptr;
    for (const auto& t : m["tables"])
        for (const auto& c : t["cells"])
            if (c.value("block", "") == "item9" && c["column"] == "amount") fee = &c;
    ASSERT_TRUE(fee);
    EXPECT_EQ((*fee)["value"], 276000);
    EXPECT_EQ((*fee)["range"]["start"]["line"], 83);
    // The offset is into the GB18030 bytes: the digits are there.
    std::string bytes = read_file(source_path("tests/fixtures/encodings/004.gb18030.txt"));
    std::size_t offset = (*fee)["range"]["start"]["offset"];
    EXPECT_EQ(bytes.substr(offset, 6), "276000");
}

TEST(ParseCommand, TextSummaryNamesTablesAndProblems) {
    auto r = run_gklint({"parse", source_path("tests/fixtures/broken/003_table_truncated.txt")});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("table requests: present, NOT parsed"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("problem at 65:15"), std::string::npos) << r.out;
}

TEST(ParseCommand, UnreadableInputIsExitTwoNamingTheFile) {
    test::TempTree dir;
    std::string binary = dir.write("bin.txt", std::string("\x00\x01\x02\xff\xfe", 5));
    auto r = run_gklint({"parse", binary});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find(binary), std::string::npos) << r.err;
}

}  // namespace
}  // namespace gklint
