#include "plugin_host/host_model_api.h"

#include <algorithm>
#include <cstring>
#include <string_view>

#include "model/analysis.h"
#include "plugin_host/host_api.h"

namespace gklint::host_model {
namespace {

gklint_str str(std::string_view s) { return gklint_str{s.data(), s.size()}; }
gklint_range range(TextRange r) { return gklint_range{r.begin, r.end}; }

const ReportModel* model_of(const gklint_check_context* ctx) { return ctx ? &ctx->check.analysis.model() : nullptr; }
bool english(const gklint_check_context* ctx) { return ctx->check.language == Language::En; }

// Writes `value` into `out` up to the size the plugin declared (struct_size
// first), so plugins built against a smaller, older struct keep working.
template <typename T>
int write(T* out, T value) {
    if (!out || out->struct_size < sizeof(uint32_t) * 2) return 0;
    std::size_t size = std::min<std::size_t>(out->struct_size, sizeof(T));
    value.struct_size = out->struct_size;
    std::memcpy(static_cast<void*>(out), &value, size);
    return 1;
}

gklint_heading_info heading_info(const Heading& h) {
    gklint_heading_info i{};
    i.level = h.level;
    i.style = static_cast<int>(h.style);
    i.number = h.number;
    i.range = range(h.range);
    i.numbering = range(h.numbering);
    i.text = str(h.text);
    return i;
}

const Table* table_at(const gklint_check_context* ctx, size_t index) {
    const ReportModel* m = model_of(ctx);
    return m && index < m->tables.size() ? &m->tables[index] : nullptr;
}

}  // namespace

int report_info(const gklint_check_context* ctx, gklint_report_info* out) {
    const ReportModel* m = model_of(ctx);
    if (!m) return 0;
    gklint_report_info i{};
    i.format = str(m->format.version);
    i.format_mixed = m->format.mixed;
    i.year = m->year.value_or(0);
    i.traditional = m->traditional;
    i.pinyin_annotations = m->pinyin_annotations;
    if (m->title) {
        i.has_title = 1;
        i.title = range(m->title->range);
        i.title_agency = str(m->title->agency);
    }
    i.part_count = m->intro.part_count.value_or(0);
    if (m->intro.part_count_range) i.part_count_range = range(*m->intro.part_count_range);
    if (m->intro.period) {
        i.has_period = 1;
        i.period = range(*m->intro.period);
    }
    i.period_start = str(m->intro.period_start);
    i.period_end = str(m->intro.period_end);
    if (m->signature && m->signature->date_range) {
        i.has_signature_date = 1;
        i.signature_date = range(*m->signature->date_range);
        i.signature_year = m->signature->year.value_or(0);
        i.signature_month = m->signature->month.value_or(0);
        i.signature_day = m->signature->day.value_or(0);
    }
    if (m->signature) {
        i.signature_agency = str(m->signature->agency);
        if (m->signature->agency_range) i.signature_agency_range = range(*m->signature->agency_range);
    }
    i.expected_format = str(m->format.expected_version);
    return write(out, i);
}

size_t period_count(const gklint_check_context* ctx) {
    const ReportModel* m = model_of(ctx);
    return m ? m->periods.size() : 0;
}

int period(const gklint_check_context* ctx, size_t index, gklint_period_info* out) {
    const ReportModel* m = model_of(ctx);
    if (!m || index >= m->periods.size()) return 0;
    const PeriodStatement& p = m->periods[index];
    gklint_period_info i{};
    i.range = range(p.range);
    i.kind = static_cast<int>(p.kind);
    auto part = [](const std::optional<DatePart>& d) {
        gklint_date_part out{};
        if (d) out = {1, d->value, range(d->range)};
        return out;
    };
    i.start_year = part(p.start_year);
    i.start_month = part(p.start_month);
    i.start_day = part(p.start_day);
    i.end_year = part(p.end_year);
    i.end_month = part(p.end_month);
    i.end_day = part(p.end_day);
    return write(out, i);
}

size_t format_evidence_count(const gklint_check_context* ctx) {
    const ReportModel* m = model_of(ctx);
    return m ? m->format.evidence_2019.size() + m->format.evidence_2021.size() : 0;
}

int format_evidence(const gklint_check_context* ctx, size_t index, gklint_format_evidence* out) {
    const ReportModel* m = model_of(ctx);
    if (!m || index >= format_evidence_count(ctx)) return 0;
    gklint_format_evidence i{};
    bool first = index < m->format.evidence_2019.size();
    i.format = str(first ? std::string_view("2019") : std::string_view("2021"));
    i.label = str(first ? m->format.evidence_2019[index] : m->format.evidence_2021[index - m->format.evidence_2019.size()]);
    return write(out, i);
}

size_t section_count(const gklint_check_context* ctx) { return ctx ? model_of(ctx)->sections.size() : 0; }

int section(const gklint_check_context* ctx, size_t index, gklint_section_info* out) {
    const ReportModel* m = model_of(ctx);
    if (!m || index >= m->sections.size()) return 0;
    const Section& s = m->sections[index];
    gklint_section_info i{};
    i.key = str(s.key);
    i.number = s.number;
    i.present = s.present;
    if (s.heading) {
        i.heading = range(s.heading->range);
        i.heading_text = str(s.heading->text);
        i.heading_title = str(s.heading->title);
        i.heading_number = s.heading->number;
    }
    i.body = range(s.body);
    i.subheading_count = s.subheadings.size();
    if (s.misplaced) {
        i.misplaced = 1;
        i.misplaced_heading = range(s.misplaced->range);
    }
    return write(out, i);
}

int subheading(const gklint_check_context* ctx, size_t section_index, size_t index, gklint_heading_info* out) {
    const ReportModel* m = model_of(ctx);
    if (!m || section_index >= m->sections.size() || index >= m->sections[section_index].subheadings.size()) return 0;
    return write(out, heading_info(m->sections[section_index].subheadings[index]));
}

size_t paragraph_count(const gklint_check_context* ctx) { return ctx ? model_of(ctx)->paragraphs.size() : 0; }

int paragraph(const gklint_check_context* ctx, size_t index, gklint_paragraph_info* out) {
    const ReportModel* m = model_of(ctx);
    if (!m || index >= m->paragraphs.size()) return 0;
    const Paragraph& p = m->paragraphs[index];
    gklint_paragraph_info i{};
    i.range = range(p.range);
    i.section = p.section;
    i.sentence_count = p.sentences.size();
    return write(out, i);
}

int sentence(const gklint_check_context* ctx, size_t paragraph_index, size_t index, gklint_range* out) {
    const ReportModel* m = model_of(ctx);
    if (!m || !out || paragraph_index >= m->paragraphs.size() || index >= m->paragraphs[paragraph_index].sentences.size())
        return 0;
    *out = range(m->paragraphs[paragraph_index].sentences[index].range);
    return 1;
}

size_t number_count(const gklint_check_context* ctx) { return ctx ? model_of(ctx)->numbers.size() : 0; }

int number(const gklint_check_context* ctx, size_t index, gklint_number_info* out) {
    const ReportModel* m = model_of(ctx);
    if (!m || index >= m->numbers.size()) return 0;
    const NumberMention& n = m->numbers[index];
    gklint_number_info i{};
    i.range = range(n.range);
    i.value_range = range(n.value_range);
    i.value = n.value;
    i.kind = static_cast<int>(n.kind);
    i.unit = str(n.unit);
    i.role = str(n.role);
    return write(out, i);
}

size_t enumeration_count(const gklint_check_context* ctx) { return ctx ? model_of(ctx)->enumerations.size() : 0; }

int enumeration(const gklint_check_context* ctx, size_t index, gklint_enumeration_info* out) {
    const ReportModel* m = model_of(ctx);
    if (!m || index >= m->enumerations.size()) return 0;
    const Enumeration& e = m->enumerations[index];
    gklint_enumeration_info i{};
    i.range = range(e.range);
    i.style = str(e.style);
    i.item_count = e.items.size();
    i.announced = e.announced.value_or(-1);
    if (e.announcement) i.announcement = range(*e.announcement);
    return write(out, i);
}

int enumeration_item(const gklint_check_context* ctx, size_t enumeration_index, size_t index, gklint_item_info* out) {
    const ReportModel* m = model_of(ctx);
    if (!m || enumeration_index >= m->enumerations.size() || index >= m->enumerations[enumeration_index].items.size())
        return 0;
    const EnumerationItem& item = m->enumerations[enumeration_index].items[index];
    gklint_item_info i{};
    i.range = range(item.range);
    i.marker = range(item.marker);
    i.number = item.number;
    return write(out, i);
}

size_t table_count(const gklint_check_context* ctx) { return ctx ? model_of(ctx)->tables.size() : 0; }

int table(const gklint_check_context* ctx, size_t index, gklint_table_info* out) {
    const Table* t = table_at(ctx, index);
    if (!t) return 0;
    gklint_table_info i{};
    i.key = str(t->key);
    i.title = str(english(ctx) ? t->title_en : t->title_zh);
    i.present = t->present;
    i.parsed = t->parsed;
    i.layout = str(t->layout);
    i.range = range(t->range);
    i.cell_count = t->cells.size();
    i.caption_count = t->captions.size();
    i.row_count = t->rows.size();
    i.column_count = t->columns.size();
    i.problem_count = t->problems.size();
    return write(out, i);
}

int table_cell(const gklint_check_context* ctx, size_t table_index, size_t index, gklint_cell_info* out) {
    const Table* t = table_at(ctx, table_index);
    if (!t || index >= t->cells.size()) return 0;
    const Cell& c = t->cells[index];
    gklint_cell_info i{};
    i.block = str(c.block);
    i.row = str(c.row);
    i.column = str(c.column);
    i.row_label = str(c.row_label);
    i.kind = static_cast<int>(c.kind);
    i.has_value = c.number().has_value();
    i.value = c.number().value_or(0);
    i.raw = str(c.raw);
    i.unit = str(c.unit);
    i.range = range(c.range);
    i.inferred_split = c.inferred_split;
    return write(out, i);
}

int table_label(const gklint_check_context* ctx, size_t table_index, gklint_label_kind kind, size_t index,
                gklint_label_info* out) {
    const Table* t = table_at(ctx, table_index);
    if (!t) return 0;
    const std::vector<LabelMatch>* labels = kind == GKLINT_LABEL_CAPTION ? &t->captions
                                            : kind == GKLINT_LABEL_ROW   ? &t->rows
                                            : kind == GKLINT_LABEL_COLUMN ? &t->columns
                                                                          : nullptr;
    if (!labels || index >= labels->size()) return 0;
    const LabelMatch& l = (*labels)[index];
    gklint_label_info i{};
    i.key = str(l.key);
    i.expected = str(l.expected);
    i.written = str(l.written);
    i.range = range(l.range);
    i.found = l.found;
    i.exact = l.exact;
    return write(out, i);
}

int table_problem(const gklint_check_context* ctx, size_t table_index, size_t index, gklint_problem_info* out) {
    const Table* t = table_at(ctx, table_index);
    if (!t || index >= t->problems.size()) return 0;
    const TableProblem& p = t->problems[index];
    gklint_problem_info i{};
    i.range = range(p.range);
    i.message = str(english(ctx) ? p.message_en : p.message_zh);
    return write(out, i);
}

gklint_str normalized_text(const gklint_check_context* ctx) {
    return ctx ? str(ctx->check.analysis.normalized().text()) : gklint_str{"", 0};
}

size_t normalized_to_document(const gklint_check_context* ctx, size_t offset) {
    return ctx ? ctx->check.analysis.normalized().map.to_source(offset) : 0;
}

size_t normalized_end_to_document(const gklint_check_context* ctx, size_t end) {
    return ctx ? ctx->check.analysis.normalized().map.to_source_end(end) : 0;
}

}  // namespace gklint::host_model
