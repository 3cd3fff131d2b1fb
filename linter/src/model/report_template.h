#pragma once
// Report templates (rules/templates/*.yaml): the sections, table rows, columns and
// labels of one official format, as data. The engine reads them; it does not know
// what they mean beyond "a table with these labels and this many values".
#include <optional>
#include <string>
#include <vector>

namespace gklint {

struct TemplateLabel {
    std::string key;
    std::string label;
    std::vector<std::string> variants;    // accepted alternative wordings (exact match)
    std::vector<std::string> deviations;  // known wrong wordings seen in reports: matched, but not exact
    std::string parent;        // row key of the parent row (table 三), group key (table 四)
    std::string group;
    bool parent_only = false;  // a merged parent label that carries no values
    bool signed_values = false;  // negative values allowed (2019 本年增/减)
    bool amount = false;         // decimals allowed; may carry a unit
    std::string unit;
    std::vector<std::string> sum_of;  // this column is the sum of these (splits run-together digits)
};

struct TemplateSection {
    std::string key;
    std::string number;  // 一 … 六
    std::string title;
    std::vector<std::string> variants;
};

struct TemplateBlock {  // table 二: one 第二十条第（N）项 block
    std::string key;
    std::string caption;
    std::vector<TemplateLabel> columns;
    std::vector<TemplateLabel> rows;
};

struct TemplateTable {
    std::string key;
    std::string section;
    std::string corner;
    std::vector<TemplateBlock> blocks;        // table 二
    std::vector<TemplateLabel> column_groups;
    std::vector<std::string> groups;          // table 四: column groups repeating `columns`
    std::vector<TemplateLabel> columns;
    std::vector<TemplateLabel> rows;
    std::optional<TemplateLabel> subtotal;  // an extra column some reports add (sum_of says of which)
};

struct ReportTemplate {
    std::string id;     // "2019", "2021"
    std::string title;
    std::string basis;
    int first_year = 0;
    std::optional<int> last_year;
    std::vector<std::string> signatures;
    std::vector<TemplateSection> sections;
    std::vector<TemplateTable> tables;

    const TemplateTable* table(const std::string& key) const;
};

struct TemplateSet {
    std::vector<ReportTemplate> templates;  // sorted by first_year
    const ReportTemplate* find(const std::string& id) const;
    const ReportTemplate* for_year(int year) const;
};

// Loads every *.yaml in `directory`. Throws LocatedError for malformed files.
TemplateSet load_templates(const std::string& directory);

}  // namespace gklint
