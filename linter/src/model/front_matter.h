#pragma once
// What a report says about itself: its title (agency, year), the intro's basis,
// "由…N个部分组成" and statistics period, and the signature (agency, date) at the end.
#include <optional>
#include <string_view>
#include <vector>

#include "model/report_model.h"

namespace gklint {

std::optional<Title> find_title(std::string_view text, const std::vector<Section>& sections);
IntroFacts find_intro_facts(std::string_view text, const std::vector<Section>& sections);
std::optional<Signature> find_signature(std::string_view text, const std::vector<Section>& sections);
// IntroFacts' period from the first statement with a start and an end.
void take_period(IntroFacts& facts, const std::vector<PeriodStatement>& periods);
// ReportModel::year from the title, the statistics period and the signature.
std::optional<int> report_year_of(const ReportModel& model);

}  // namespace gklint
