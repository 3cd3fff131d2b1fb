#include "audit/alias_file.h"

#include "yaml/yaml_util.h"

namespace gklint {

void load_agency_aliases(const std::string& path, AgencyAliases& into) {
    YamlFile file = YamlFile::load(path);
    const YAML::Node& root = file.root();
    if (!root || root.IsNull()) return;
    file.require_map(root, "an agency alias file");
    file.check_keys(root, {"agencies"}, "an agency alias file");
    const YAML::Node& agencies = root["agencies"];
    if (!agencies || agencies.IsNull()) return;
    file.require_map(agencies, "'agencies' (name: [other names])");
    for (const auto& entry : agencies) {
        std::string name = file.scalar(entry.first, "an agency name");
        std::string key = agency_key(name);
        if (key.empty()) file.fail(entry.first, "an agency name needs letters");
        for (const auto& variant : file.string_list(entry.second, "the other names of " + name)) {
            std::string from = agency_key(variant);
            if (from.empty()) file.fail(entry.second, "an empty name among the other names of " + name);
            into[from] = key;
        }
    }
}

}  // namespace gklint
