#pragma once
// The prose of a report: paragraphs and sentences outside the tables, numbers with
// their units, enumerations (一是…二是…, 1.…2.…) with what announces them, and the
// headings below level 1.
#include <string_view>
#include <vector>

#include "model/report_model.h"

namespace gklint {

// Paragraphs (lines, several lines of hard-wrapped text, or the parts of a line
// outside a table) with their sentences.
std::vector<Paragraph> find_paragraphs(std::string_view text, const std::vector<Section>& sections,
                                       const std::vector<Table>& tables);

// Numbers written in `paragraphs`: Arabic, full-width, decimals, percentages, and
// Chinese numerals followed by a unit ("四方面", "两件").
std::vector<NumberMention> find_numbers(std::string_view text, const std::vector<Paragraph>& paragraphs);

std::vector<Enumeration> find_enumerations(std::string_view text, const std::vector<Paragraph>& paragraphs);

// Headings numbered （一）, 1., 1、, （1） that stand on their own line.
void find_subheadings(std::string_view text, const std::vector<Paragraph>& paragraphs, std::vector<Section>& sections);

}  // namespace gklint
