#include "model/report_template.h"

#include <algorithm>
#include <filesystem>

#include "yaml/yaml_util.h"

namespace gklint {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> optional_list(const YamlFile& file, const YAML::Node& map, const char* key) {
    if (!map[key]) return {};
    return file.string_list(map[key], key);
}

bool optional_flag(const YamlFile& file, const YAML::Node& map, const char* key) {
    return map[key] && file.boolean(map[key], key);
}

TemplateLabel read_label(const YamlFile& file, const YAML::Node& node) {
    file.require_map(node, "label");
    file.check_keys(node, {"key", "label", "variants", "deviations", "parent", "group", "parent_only", "signed",
                           "amount", "unit", "sum_of"},
                    "label");
    TemplateLabel l;
    if (node["key"]) l.key = file.scalar(node["key"], "key");
    if (!node["label"]) file.fail(node, "a label needs 'label'");
    l.label = file.scalar(node["label"], "label");
    l.variants = optional_list(file, node, "variants");
    l.deviations = optional_list(file, node, "deviations");
    if (node["parent"]) l.parent = file.scalar(node["parent"], "parent");
    if (node["group"]) l.group = file.scalar(node["group"], "group");
    if (node["unit"]) l.unit = file.scalar(node["unit"], "unit");
    l.sum_of = optional_list(file, node, "sum_of");
    l.parent_only = optional_flag(file, node, "parent_only");
    l.signed_values = optional_flag(file, node, "signed");
    l.amount = optional_flag(file, node, "amount");
    return l;
}

std::vector<TemplateLabel> read_labels(const YamlFile& file, const YAML::Node& map, const char* key,
                                       bool keys_required) {
    std::vector<TemplateLabel> out;
    if (!map[key]) return out;
    if (!map[key].IsSequence()) file.fail(map[key], std::string("'") + key + "' must be a list");
    for (const auto& n : map[key]) {
        out.push_back(read_label(file, n));
        if (keys_required && out.back().key.empty()) file.fail(n, std::string("every entry of '") + key + "' needs a key");
    }
    return out;
}

TemplateBlock read_block(const YamlFile& file, const YAML::Node& node) {
    file.require_map(node, "block");
    file.check_keys(node, {"key", "caption", "columns", "rows"}, "block");
    TemplateBlock b;
    b.key = file.scalar(node["key"], "key");
    b.caption = file.scalar(node["caption"], "caption");
    b.columns = read_labels(file, node, "columns", true);
    b.rows = read_labels(file, node, "rows", true);
    return b;
}

TemplateTable read_table(const YamlFile& file, const std::string& key, const YAML::Node& node) {
    file.require_map(node, "table");
    file.check_keys(node, {"section", "corner", "blocks", "column_groups", "groups", "columns", "rows", "subtotal"}, "table");
    TemplateTable t;
    t.key = key;
    if (node["section"]) t.section = file.scalar(node["section"], "section");
    if (node["corner"]) t.corner = file.scalar(node["corner"], "corner");
    if (node["blocks"]) {
        if (!node["blocks"].IsSequence()) file.fail(node["blocks"], "'blocks' must be a list");
        for (const auto& b : node["blocks"]) t.blocks.push_back(read_block(file, b));
    }
    t.column_groups = read_labels(file, node, "column_groups", false);
    t.groups = optional_list(file, node, "groups");
    t.columns = read_labels(file, node, "columns", true);
    t.rows = read_labels(file, node, "rows", true);
    if (node["subtotal"]) {
        t.subtotal = read_label(file, node["subtotal"]);
        if (t.subtotal->key.empty() || t.subtotal->sum_of.empty()) file.fail(node["subtotal"], "a subtotal needs a key and sum_of");
    }
    return t;
}

ReportTemplate read_template(const YamlFile& file) {
    const YAML::Node& root = file.root();
    file.require_map(root, "template file");
    file.check_keys(root, {"template", "title", "basis", "years", "signatures", "sections", "tables"}, "template");
    ReportTemplate t;
    if (!root["template"]) file.fail(root, "missing 'template' (its id)");
    t.id = file.scalar(root["template"], "template");
    if (root["title"]) t.title = file.scalar(root["title"], "title");
    if (root["basis"]) t.basis = file.scalar(root["basis"], "basis");
    if (root["years"]) {
        const YAML::Node& years = root["years"];
        file.require_map(years, "years");
        file.check_keys(years, {"first", "last"}, "years");
        try {
            if (years["first"]) t.first_year = years["first"].as<int>();
            if (years["last"]) t.last_year = years["last"].as<int>();
        } catch (const YAML::Exception&) {
            file.fail(years, "years must be integers");
        }
    }
    t.signatures = optional_list(file, root, "signatures");
    if (root["sections"]) {
        for (const auto& n : root["sections"]) {
            file.require_map(n, "section");
            file.check_keys(n, {"key", "number", "title", "variants"}, "section");
            TemplateSection s;
            s.key = file.scalar(n["key"], "key");
            s.number = file.scalar(n["number"], "number");
            s.title = file.scalar(n["title"], "title");
            s.variants = optional_list(file, n, "variants");
            t.sections.push_back(std::move(s));
        }
    }
    if (root["tables"]) {
        file.require_map(root["tables"], "tables");
        for (const auto& kv : root["tables"]) t.tables.push_back(read_table(file, kv.first.as<std::string>(), kv.second));
    }
    return t;
}

}  // namespace

const TemplateTable* ReportTemplate::table(const std::string& key) const {
    for (const auto& t : tables)
        if (t.key == key) return &t;
    return nullptr;
}

const ReportTemplate* TemplateSet::find(const std::string& id) const {
    for (const auto& t : templates)
        if (t.id == id) return &t;
    return nullptr;
}

const ReportTemplate* TemplateSet::for_year(int year) const {
    const ReportTemplate* best = nullptr;
    for (const auto& t : templates) {
        if (t.first_year > year) continue;
        if (t.last_year && *t.last_year < year) continue;
        best = &t;
    }
    return best;
}

TemplateSet load_templates(const std::string& directory) {
    TemplateSet set;
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(directory, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".yaml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) set.templates.push_back(read_template(YamlFile::load(f.string())));
    std::stable_sort(set.templates.begin(), set.templates.end(),
                     [](const ReportTemplate& a, const ReportTemplate& b) { return a.first_year < b.first_year; });
    return set;
}

}  // namespace gklint
