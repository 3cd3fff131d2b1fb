#include "model/report_model.h"

namespace gklint {

const Cell* Table::cell(const std::string& block_key, const std::string& row_key, const std::string& column_key) const {
    for (const auto& c : cells)
        if (c.block == block_key && c.row == row_key && c.column == column_key) return &c;
    return nullptr;
}

const Section* ReportModel::section(const std::string& key) const {
    for (const auto& s : sections)
        if (s.key == key) return &s;
    return nullptr;
}

const Table* ReportModel::table(const std::string& key) const {
    for (const auto& t : tables)
        if (t.key == key) return &t;
    return nullptr;
}

}  // namespace gklint
