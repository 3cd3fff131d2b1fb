#pragma once
// The report-model half of gklint_host_api: read-only views of the Analysis of
// the document being checked, written into the plugin's sized out-structs.
#include <gklint/plugin.h>

namespace gklint::host_model {

int report_info(const gklint_check_context* ctx, gklint_report_info* out);
size_t section_count(const gklint_check_context* ctx);
int section(const gklint_check_context* ctx, size_t index, gklint_section_info* out);
int subheading(const gklint_check_context* ctx, size_t section, size_t index, gklint_heading_info* out);
size_t paragraph_count(const gklint_check_context* ctx);
int paragraph(const gklint_check_context* ctx, size_t index, gklint_paragraph_info* out);
int sentence(const gklint_check_context* ctx, size_t paragraph, size_t index, gklint_range* out);
size_t number_count(const gklint_check_context* ctx);
int number(const gklint_check_context* ctx, size_t index, gklint_number_info* out);
size_t enumeration_count(const gklint_check_context* ctx);
int enumeration(const gklint_check_context* ctx, size_t index, gklint_enumeration_info* out);
int enumeration_item(const gklint_check_context* ctx, size_t enumeration, size_t index, gklint_item_info* out);
size_t table_count(const gklint_check_context* ctx);
int table(const gklint_check_context* ctx, size_t index, gklint_table_info* out);
int table_cell(const gklint_check_context* ctx, size_t table, size_t index, gklint_cell_info* out);
int table_label(const gklint_check_context* ctx, size_t table, gklint_label_kind kind, size_t index,
                gklint_label_info* out);
int table_problem(const gklint_check_context* ctx, size_t table, size_t index, gklint_problem_info* out);
gklint_str normalized_text(const gklint_check_context* ctx);
size_t normalized_to_document(const gklint_check_context* ctx, size_t offset);
size_t normalized_end_to_document(const gklint_check_context* ctx, size_t end);
size_t format_evidence_count(const gklint_check_context* ctx);
int format_evidence(const gklint_check_context* ctx, size_t index, gklint_format_evidence* out);
size_t period_count(const gklint_check_context* ctx);
int period(const gklint_check_context* ctx, size_t index, gklint_period_info* out);

}  // namespace gklint::host_model
