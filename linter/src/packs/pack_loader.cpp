#include "packs/pack_loader.h"

#include <algorithm>
#include <array>
#include <filesystem>

#include <fmt/format.h>

#include "packs/rule_kind.h"
#include "yaml/yaml_util.h"

namespace gklint {
namespace {

constexpr std::array<std::string_view, 5> kSharedKeys{"id", "kind", "severity", "summary", "message"};

std::unique_ptr<Rule> load_rule(const YamlFile& file, const YAML::Node& node, const std::string& pack,
                                bool builtin) {
    file.require_map(node, "a rule definition");
    if (!node["id"]) file.fail(node, "a rule definition needs an 'id'");
    if (!node["kind"]) file.fail(node, "a rule definition needs a 'kind'");
    std::string kind_name = file.scalar(node["kind"], "kind");
    const RuleKind* kind = find_rule_kind(kind_name);
    if (!kind) {
        std::string known;
        for (const auto& k : rule_kinds()) known += (known.empty() ? "" : ", ") + std::string(k.name);
        file.fail(node["kind"], fmt::format("unknown rule kind '{}' (known kinds: {})", kind_name, known));
    }
    for (const auto& entry : node) {
        auto key = entry.first.as<std::string>();
        bool shared = std::find(kSharedKeys.begin(), kSharedKeys.end(), key) != kSharedKeys.end();
        bool own = std::find(kind->keys.begin(), kind->keys.end(), key) != kind->keys.end();
        if (!shared && !own) file.fail(entry.first, fmt::format("unknown key '{}' in a {} rule", key, kind_name));
    }

    RuleMeta meta;
    meta.id = file.scalar(node["id"], "id");
    if (!is_valid_rule_id(meta.id))
        file.fail(node["id"], fmt::format("invalid rule id '{}': expected category/kebab-name", meta.id));
    meta.origin = fmt::format("pack {} ({})", pack, file.path());
    meta.source = std::filesystem::absolute(file.path()).lexically_normal().string();
    meta.builtin = builtin;
    if (node["severity"]) {
        auto severity = parse_severity(file.scalar(node["severity"], "severity"));
        if (!severity) file.fail(node["severity"], "severity must be info, warning or error");
        meta.default_severity = *severity;
    }
    if (!node["summary"]) file.fail(node, "a rule definition needs a 'summary'");
    meta.summary = file.localized(node["summary"], "summary");
    if (!node["message"]) file.fail(node, "a rule definition needs a 'message'");
    PackRuleDefinition def{file, node, std::move(meta), file.localized(node["message"], "message")};
    return kind->make(def);
}

}  // namespace

LoadedPack load_pack(const std::string& path, RuleRegistry& registry, bool builtin) {
    YamlFile file = YamlFile::load(path);
    const YAML::Node& root = file.root();
    file.check_keys(root, {"pack", "description", "rules"}, "a rule pack");
    if (!root["pack"]) file.fail(root, "a rule pack needs a 'pack' name");
    LoadedPack out{file.scalar(root["pack"], "pack"), path, {}};
    const YAML::Node& rules = root["rules"];
    if (!rules || !rules.IsSequence()) file.fail(root, "a rule pack needs a 'rules' list");
    for (const auto& node : rules) {
        auto rule = load_rule(file, node, out.name, builtin);
        out.rule_ids.push_back(rule->meta().id);
        try {
            registry.add(std::move(rule));
        } catch (const RegistryError& e) {
            file.fail(node["id"], e.what());
        }
    }
    return out;
}

std::vector<LoadedPack> load_pack_directory(const std::string& directory, RuleRegistry& registry, bool builtin) {
    namespace fs = std::filesystem;
    std::vector<std::string> paths;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(directory, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".yaml") paths.push_back(entry.path().string());
    std::sort(paths.begin(), paths.end());
    std::vector<LoadedPack> packs;
    for (const auto& p : paths) packs.push_back(load_pack(p, registry, builtin));
    return packs;
}

}  // namespace gklint
