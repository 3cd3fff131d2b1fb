#pragma once
// Where gklint finds its data: <prefix>/share/gklint/{rules,config,docs} and
// <prefix>/lib/gklint/plugins, with <prefix> the parent of the executable's
// directory. The build tree has the same layout, so both work alike.
// GKLINT_DATA_DIR and GKLINT_PLUGIN_DIR in the environment override.
#include <string>

namespace gklint {

struct DataPaths {
    std::string rules_dir;
    std::string config_dir;
    std::string docs_dir;
    std::string plugin_dir;
};

DataPaths locate_data_paths();
// For tests and tools that know their prefix.
DataPaths data_paths_under(const std::string& prefix);

}  // namespace gklint
