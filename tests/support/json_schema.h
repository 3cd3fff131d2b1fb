#pragma once
// A checker for the subset of JSON Schema 2020-12 that gklint's schemas use
// (docs/schemas/*.schema.json), and of draft-04 that reviewdog's schemas use
// (tests/schemas/reviewdog/: definitions, oneOf, additionalProperties: true).
// Any other keyword fails the test, so a schema cannot say more than is checked.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace gklint::test {

using nlohmann::json;

class SchemaChecker {
public:
    explicit SchemaChecker(json root) : root_(std::move(root)) {}

    std::vector<std::string> errors_in(const json& value) {
        errors_.clear();
        check(root_, value, "$");
        return errors_;
    }

private:
    static bool has_type(const json& value, const std::string& type) {
        if (type == "object") return value.is_object();
        if (type == "array") return value.is_array();
        if (type == "string") return value.is_string();
        if (type == "integer") return value.is_number_integer();
        if (type == "number") return value.is_number();
        if (type == "boolean") return value.is_boolean();
        if (type == "null") return value.is_null();
        ADD_FAILURE() << "schema type not supported by the checker: " << type;
        return false;
    }

    void fail(const std::string& where, const std::string& what) { errors_.push_back(where + ": " + what); }

    const json& resolve(const std::string& ref) {
        for (const std::string container : {"$defs", "definitions"}) {
            const std::string prefix = "#/" + container + "/";
            if (ref.rfind(prefix, 0) == 0) return root_.at(container).at(ref.substr(prefix.size()));
        }
        ADD_FAILURE() << "schema reference not supported by the checker: " << ref;
        return root_;
    }

    void check(const json& schema, const json& value, const std::string& where) {
        static const std::set<std::string> annotations{"$schema", "$id", "$defs", "definitions", "title", "description"};
        for (const auto& [keyword, rule] : schema.items()) {
            if (annotations.count(keyword)) continue;
            if (keyword == "$ref") check(resolve(rule.get<std::string>()), value, where);
            else if (keyword == "type") {
                if (!has_type(value, rule.get<std::string>())) fail(where, "is not of type " + rule.get<std::string>());
            } else if (keyword == "const") {
                if (value != rule) fail(where, "is not " + rule.dump());
            } else if (keyword == "enum") {
                if (std::find(rule.begin(), rule.end(), value) == rule.end()) fail(where, value.dump() + " is not in " + rule.dump());
            } else if (keyword == "minimum") {
                if (value.is_number() && value.get<double>() < rule.get<double>()) fail(where, "is below " + rule.dump());
            } else if (keyword == "pattern") {
                if (value.is_string() && !std::regex_search(value.get<std::string>(), std::regex(rule.get<std::string>())))
                    fail(where, value.dump() + " does not match " + rule.get<std::string>());
            } else if (keyword == "required") {
                for (const auto& name : rule)
                    if (value.is_object() && !value.contains(name.get<std::string>())) fail(where, "lacks " + name.dump());
            } else if (keyword == "properties") {
                for (const auto& [name, sub] : rule.items())
                    if (value.is_object() && value.contains(name)) check(sub, value.at(name), where + "." + name);
            } else if (keyword == "additionalProperties") {
                if (rule == true) continue;
                EXPECT_EQ(rule, false) << "only additionalProperties: false or true is supported";
                if (!value.is_object()) continue;
                for (const auto& [name, _] : value.items())
                    if (!schema.at("properties").contains(name)) fail(where, "has undocumented field " + name);
            } else if (keyword == "items") {
                if (!value.is_array()) continue;
                for (std::size_t i = 0; i < value.size(); ++i) check(rule, value[i], where + "[" + std::to_string(i) + "]");
            } else if (keyword == "anyOf") {
                bool any = false;
                for (const auto& option : rule) {
                    SchemaChecker sub(root_);
                    sub.check(option, value, where);
                    any = any || sub.errors_.empty();
                }
                if (!any) fail(where, "matches none of " + rule.dump());
            } else if (keyword == "oneOf") {
                std::size_t matches = 0;
                for (const auto& option : rule) {
                    SchemaChecker sub(root_);
                    sub.check(option, value, where);
                    matches += sub.errors_.empty() ? 1 : 0;
                }
                if (matches != 1) fail(where, "matches " + std::to_string(matches) + " of oneOf " + rule.dump());
            } else {
                ADD_FAILURE() << "schema keyword not supported by the checker: " << keyword;
            }
        }
    }

    json root_;
    std::vector<std::string> errors_;
};

}  // namespace gklint::test
