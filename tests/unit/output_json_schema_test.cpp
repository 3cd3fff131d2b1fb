// The JSON format against its documented schema (docs/schemas/gklint-output-v1.schema.json):
// every JSON snapshot must validate, and the schema and docs/output-formats.md must agree.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/document.h"
#include "output/formatter.h"
#include "support/json_schema.h"
#include "support/test_paths.h"

namespace gklint {
namespace {

using nlohmann::json;
using test::SchemaChecker;


json load_json(const std::string& relative) { return json::parse(test::read_file(test::source_path(relative))); }

SchemaChecker checker() { return SchemaChecker(load_json("docs/schemas/gklint-output-v1.schema.json")); }

std::string render_json(const Document& doc, const std::vector<Diagnostic>& diagnostics) {
    OutputOptions options;
    options.column_unit = ColumnUnit::Utf16;
    auto formatter = make_formatter("json", options);
    std::ostringstream out;
    formatter->begin(out);
    formatter->file(out, FileResult{doc, diagnostics});
    formatter->end(out, RunSummary{1, 1, 0, 0, 1});
    return out.str();
}

json sample_output() {
    Document doc("a.txt", "𠀀第二十六条\n");
    Diagnostic d;
    d.rule_id = "article/wrong-number";
    d.range = TextRange{4, 19};
    d.message = "条款号错误";
    d.notes.push_back(Note{TextRange{0, 4}, "注"});
    d.fix = Fix{d.range, "第二十条", false};
    d.fingerprint = "f";
    return json::parse(render_json(doc, {d}));
}

TEST(JsonOutputSchema, FreshOutputMatchesTheSchema) {
    json output = sample_output();
    EXPECT_EQ(checker().errors_in(output), std::vector<std::string>{});
    EXPECT_EQ(output["columnUnit"], "utf16");
    EXPECT_EQ(output["files"][0]["diagnostics"][0]["range"]["start"]["column"], 3);
    EXPECT_EQ(output["tool"]["version"], GKLINT_VERSION);
}

TEST(JsonOutputSchema, EverySnapshotMatchesTheSchema) {
    std::size_t checked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(test::source_path("tests/snapshots/json"))) {
        json output = json::parse(test::read_file(entry.path().string()));
        EXPECT_EQ(checker().errors_in(output), std::vector<std::string>{}) << entry.path();
        ++checked;
    }
    EXPECT_GE(checked, 5u);
}

TEST(JsonOutputSchema, TheCheckerRejectsOutputThatBreaksTheSchema) {
    json output = sample_output();
    json missing = output;
    missing["files"][0]["diagnostics"][0].erase("fingerprint");
    EXPECT_EQ(checker().errors_in(missing), std::vector<std::string>{"$.files[0].diagnostics[0]: lacks \"fingerprint\""});

    json extra = output;
    extra["summary"]["problems"] = 3;
    EXPECT_EQ(checker().errors_in(extra).size(), 1u);

    json zero_column = output;
    zero_column["files"][0]["diagnostics"][0]["range"]["end"]["column"] = 0;
    EXPECT_EQ(checker().errors_in(zero_column).size(), 1u);

    json bad_fix = output;
    bad_fix["files"][0]["diagnostics"][0]["fix"] = "第二十条";
    EXPECT_EQ(checker().errors_in(bad_fix).size(), 1u);

    json no_fix = output;
    no_fix["files"][0]["diagnostics"][0]["fix"] = nullptr;
    EXPECT_TRUE(checker().errors_in(no_fix).empty());

    json bad_severity = output;
    bad_severity["files"][0]["diagnostics"][0]["severity"] = "fatal";
    EXPECT_EQ(checker().errors_in(bad_severity).size(), 1u);
}

// Named in the docs as `name`, `parent.name` or `parent.name[]`.
bool documented(const std::string& docs, const std::string& name) {
    return std::regex_search(docs, std::regex("[`.]" + name + "(\\[\\])?`"));
}

// Every field the schema defines is explained in docs/output-formats.md.
TEST(JsonOutputSchema, TheDocumentationNamesEverySchemaField) {
    json schema = load_json("docs/schemas/gklint-output-v1.schema.json");
    std::string docs = test::read_file(test::source_path("docs/output-formats.md"));
    std::vector<const json*> objects{&schema};
    for (const auto& [_, def] : schema["$defs"].items()) objects.push_back(&def);
    std::size_t fields = 0;
    for (const json* object : objects) {
        if (!object->contains("properties")) continue;
        for (const auto& [name, sub] : (*object)["properties"].items()) {
            EXPECT_TRUE(documented(docs, name)) << "docs/output-formats.md lacks `" << name << "`";
            ++fields;
            if (!sub.contains("properties")) continue;
            for (const auto& [inner, __] : sub["properties"].items()) {
                EXPECT_TRUE(documented(docs, inner)) << "docs/output-formats.md lacks `" << inner << "`";
            }
        }
    }
    EXPECT_GE(fields, 20u);
    for (const auto& unit : schema["properties"]["columnUnit"]["enum"])
        EXPECT_NE(docs.find("`" + unit.get<std::string>() + "`"), std::string::npos) << unit;
}

}  // namespace
}  // namespace gklint
