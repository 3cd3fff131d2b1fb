#include "packs/table_rule_support.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace gklint {

std::vector<std::string> read_table_keys(const YamlFile& file, const YAML::Node& node, std::string_view key) {
    if (!node[std::string(key)]) return {};
    return file.string_list(node[std::string(key)], key);
}

bool table_selected(const std::vector<std::string>& keys, const std::string& table) {
    return keys.empty() || std::find(keys.begin(), keys.end(), table) != keys.end();
}

namespace {
const TemplateLabel* in(const std::vector<TemplateLabel>& labels, const std::string& key) {
    for (const auto& l : labels)
        if (l.key == key) return &l;
    return nullptr;
}
}  // namespace

const TemplateLabel* find_template_label(const TemplateTable* table, const std::string& block, const std::string& key) {
    if (!table) return nullptr;
    if (!block.empty()) {
        for (const auto& b : table->blocks) {
            if (b.key != block) continue;
            if (auto* l = in(b.rows, key)) return l;
            if (auto* l = in(b.columns, key)) return l;
        }
        return nullptr;
    }
    if (auto* l = in(table->rows, key)) return l;
    if (auto* l = in(table->columns, key)) return l;
    if (table->subtotal && table->subtotal->key == key) return &*table->subtotal;
    if (auto dot = key.find('.'); dot != std::string::npos) return in(table->columns, key.substr(dot + 1));
    for (const auto& b : table->blocks)
        if (b.key == key) return nullptr;
    return nullptr;
}

const TemplateLabel* find_axis_label(const TemplateTable* table, const std::string& block, const std::string& key,
                                     bool row) {
    if (!table) return nullptr;
    const std::vector<TemplateLabel>* rows = &table->rows;
    const std::vector<TemplateLabel>* columns = &table->columns;
    for (const auto& b : table->blocks)
        if (b.key == block) {
            rows = &b.rows;
            columns = &b.columns;
        }
    if (auto* l = in(row ? *rows : *columns, key)) return l;
    if (!row && table->subtotal && table->subtotal->key == key) return &*table->subtotal;
    return nullptr;
}

std::string find_group_label(const TemplateTable* table, const std::string& group) {
    if (!table) return {};
    for (const auto& g : table->column_groups)
        if (g.key == group) return g.label;
    return {};
}

std::string short_label(std::string_view label) {
    // "一、…" (a Chinese numeral and 、): the numeral names the row.
    static constexpr std::string_view kNumerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    std::size_t i = 0;
    for (bool advanced = true; advanced;) {
        advanced = false;
        for (auto n : kNumerals)
            if (label.substr(i, n.size()) == n) {
                i += n.size();
                advanced = true;
            }
    }
    if (i > 0 && label.substr(i, 3) == "、") return std::string(label.substr(0, i));
    // Drop a trailing parenthetical after the leading "（N）" numbering.
    std::size_t from = 0;
    if (label.substr(0, 3) == "（") {
        auto close = label.find("）");
        if (close != std::string_view::npos) from = close + 3;
    }
    auto open = label.find("（", from);
    if (open != std::string_view::npos && open > 0) return std::string(label.substr(0, open));
    return std::string(label);
}

std::string format_value(double v) {
    if (std::fabs(v - std::round(v)) < 1e-9) return fmt::format("{}", static_cast<long long>(std::llround(v)));
    std::string s = fmt::format("{:.4f}", v);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

const std::string& table_title(const Table& table, Language language) {
    return language == Language::En ? table.title_en : table.title_zh;
}

bool single_line(std::string_view text, TextRange range) {
    if (range.end > text.size() || range.begin > range.end) return false;
    auto piece = text.substr(range.begin, range.end - range.begin);
    return piece.find('\n') == std::string_view::npos && piece.find('\r') == std::string_view::npos;
}

std::string cell_path(const Cell& cell) {
    std::string path = cell.block.empty() ? std::string() : cell.block + ".";
    return path + cell.row + "." + cell.column;
}

RowKeys misread_rows(const Table& table) {
    RowKeys rows;
    for (const auto& cell : table.cells)
        if (cell.kind == CellKind::Missing || cell.column.empty()) rows.emplace_back(cell.block, cell.row);
    return rows;
}

std::optional<RowKeys> unread_rows(const Table& table) {
    if (!table.present) return std::nullopt;
    RowKeys rows = misread_rows(table);
    for (const auto& p : table.problems) {
        if (p.rows.empty()) return std::nullopt;
        rows.insert(rows.end(), p.rows.begin(), p.rows.end());
    }
    return rows;
}

bool in_rows(const RowKeys& rows, const Cell& cell) {
    return std::find(rows.begin(), rows.end(), std::make_pair(cell.block, cell.row)) != rows.end();
}

std::string cell_name(const TemplateTable* table, const Cell& cell, Language language) {
    const TemplateLabel* row = find_template_label(table, cell.block, cell.row);
    const TemplateLabel* column = find_template_label(table, cell.block, cell.column);
    std::string column_name = column ? short_label(column->label) : cell.column;
    if (auto dot = cell.column.find('.'); dot != std::string::npos && column) {
        std::string group = find_group_label(table, cell.column.substr(0, dot));
        if (!group.empty()) column_name = group + (language == Language::En ? " " : "") + column_name;
    }
    std::string row_name = row ? short_label(row->label) : cell.row;
    return language == Language::En ? fmt::format("{} “{}”", row_name, column_name)
                                    : fmt::format("{}“{}”", row_name, column_name);
}

const LabelMatch* written_column_label(const Table& table, const Cell& cell) {
    const LabelMatch* found = nullptr;
    for (const auto& m : table.columns) {
        if (m.key != cell.column || !m.found || m.range.begin > cell.range.begin) continue;
        if (!found || m.range.begin >= found->range.begin) found = &m;
    }
    return found;
}

std::optional<WrittenAgency> report_agency(const ReportModel& model) {
    if (model.title && !model.title->agency.empty()) return WrittenAgency{model.title->agency, model.title->range};
    if (model.signature && !model.signature->agency.empty() && model.signature->agency_range)
        return WrittenAgency{model.signature->agency, *model.signature->agency_range};
    return std::nullopt;
}

}  // namespace gklint
