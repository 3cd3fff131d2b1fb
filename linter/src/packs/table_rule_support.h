#pragma once
// Helpers shared by the table rule kinds (equation, table-shape, table-labels,
// cell-values): which tables a rule looks at, how cells and labels are named in
// messages, how values are printed. Generic: no knowledge of any report format.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/rule.h"
#include "model/report_model.h"
#include "model/report_template.h"
#include "yaml/yaml_util.h"

namespace gklint {

// The `table`/`tables` key of a rule: empty means every table.
std::vector<std::string> read_table_keys(const YamlFile& file, const YAML::Node& node, std::string_view key);
bool table_selected(const std::vector<std::string>& keys, const std::string& table);

// The template label for `key` in `table` (a block's rows/columns when `block` is set;
// table 四's "<group>.<column>" keys give the column's label). Null when unknown.
const TemplateLabel* find_template_label(const TemplateTable* table, const std::string& block, const std::string& key);
// The template label for `key` among the rows (`row`) or the columns of `block` (of the
// table itself when `block` is empty or unknown); the columns include a subtotal column.
const TemplateLabel* find_axis_label(const TemplateTable* table, const std::string& block, const std::string& key,
                                     bool row);
// "review" → the column group's label ("行政复议"); empty when unknown.
std::string find_group_label(const TemplateTable* table, const std::string& group);

// A label as messages name it in an equation: "一、本年新收…" → "一", "（二）部分公开（区分…）" →
// "（二）部分公开", "本年收费金额（单位：万元）" → "本年收费金额"; others unchanged.
std::string short_label(std::string_view label);

// 6 → "6", 1.5 → "1.5", 0.125 → "0.125".
std::string format_value(double v);

const std::string& table_title(const Table& table, Language language);

// True when [range) lies on one line of `text`.
bool single_line(std::string_view text, TextRange range);

// A cell as rules address it: "<block>.<row>.<column>" in table 二, "<row>.<column>"
// elsewhere (table 四's columns are "<group>.<column>").
std::string cell_path(const Cell& cell);

// (block, row) of the rows whose values are missing or beyond the template's columns
// (table/shape reports them): their cells may not be what was written.
using RowKeys = std::vector<std::pair<std::string, std::string>>;
RowKeys misread_rows(const Table& table);
// The rows a relation over this table must not use: those misread and those the
// parser's problems left unread. None when a problem puts the whole table in doubt
// (or the table is not there): then no relation over it can be checked.
std::optional<RowKeys> unread_rows(const Table& table);
bool in_rows(const RowKeys& rows, const Cell& cell);

// How messages name a cell: "规范性文件“本年新公开数量”" (short template labels).
std::string cell_name(const TemplateTable* table, const Cell& cell, Language language);

// The column label written above a cell: the last label of its column key before it.
const LabelMatch* written_column_label(const Table& table, const Cell& cell);

// The reporting body as the title names it, else as the signature does, with where.
struct WrittenAgency {
    std::string name;
    TextRange range;
};
std::optional<WrittenAgency> report_agency(const ReportModel& model);

}  // namespace gklint
