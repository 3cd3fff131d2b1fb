// kind: table-labels — row and column labels of the statistics tables that
// identify a template label but are not its wording (nor an accepted variant).
// Reported at the written label, with a safe fix replacing it by the template label
// when the written label is on one line and a known deviation (a suggestion for
// other near matches). Keys: `tables` (optional).
// Message values: {table} {table_name} {written} {expected} {what} (行/列, row/column).
#include "model/analysis.h"
#include "packs/message_template.h"
#include "packs/rule_kind.h"
#include "packs/table_rule_support.h"

namespace gklint {
namespace {

class TableLabelsRule final : public Rule {
public:
    TableLabelsRule(RuleMeta meta, LocalizedText message, std::vector<std::string> tables)
        : meta_(std::move(meta)), message_(std::move(message)), tables_(std::move(tables)) {}

    const RuleMeta& meta() const override { return meta_; }

    void check(CheckContext& ctx) const override {
        bool en = ctx.language == Language::En;
        std::string_view text = ctx.document.text();
        const ReportTemplate* tmpl = ctx.analysis.tmpl();
        for (const auto& table : ctx.analysis.model().tables) {
            if (!table.present || !table_selected(tables_, table.key)) continue;
            const TemplateTable* ttable = tmpl ? tmpl->table(table.key) : nullptr;
            auto report = [&](const std::vector<LabelMatch>& labels, const char* zh, const char* en_what) {
                for (const auto& m : labels) {
                    if (!m.found || m.exact || m.range.begin == m.range.end) continue;
                    TemplateValues values{{"table", table.key},
                                          {"table_name", table_title(table, ctx.language)},
                                          {"written", m.written},
                                          {"expected", m.expected},
                                          {"what", en ? en_what : zh}};
                    Diagnostic d;
                    d.range = m.range;
                    d.message = expand_template(message_.in(ctx.language), values);
                    if (single_line(text, m.range)) d.fix = Fix{m.range, m.expected, certain(ttable, m)};
                    ctx.out.push_back(std::move(d));
                }
            };
            // Block captions (第二十条第（N）项) are the article rules' concern.
            report(table.rows, "行", "row");
            report(table.columns, "列", "column");
        }
    }

private:
    // The fix is safe when the written label is a known wrong wording of the template
    // (`deviations`), possibly with "N、" for "N.": nothing else can be in that text.
    // Other near matches (PDF text with a neighbouring cell mixed in) get a suggestion.
    static bool certain(const TemplateTable* ttable, const LabelMatch& m) {
        const TemplateLabel* label = find_template_label(ttable, "", m.key);
        if (!label) return false;
        std::string written = m.written;
        if (auto pos = written.find("、"); pos != std::string::npos && pos > 0 && pos <= 2)
            written.replace(pos, std::string_view("、").size(), ".");
        for (const auto& d : label->deviations)
            if (d == written || d == m.written) return true;
        return written == label->label;
    }

    RuleMeta meta_;
    LocalizedText message_;
    std::vector<std::string> tables_;
};

}  // namespace

std::unique_ptr<Rule> make_table_labels_rule(PackRuleDefinition& def) {
    auto tables = read_table_keys(def.file, def.node, "tables");
    def.meta.fixable = true;
    return std::make_unique<TableLabelsRule>(std::move(def.meta), std::move(def.message), std::move(tables));
}

}  // namespace gklint
