#include "model/format_detection.h"

#include <algorithm>
#include <functional>

#include "normalize/fold.h"

namespace gklint {
namespace {

// "2020年" → 2020 for every 4-digit year (19xx/20xx) in `text`, in order.
std::vector<std::pair<std::size_t, int>> years_in(std::string_view text) {
    std::vector<std::pair<std::size_t, int>> out;
    for (std::size_t i = 0; i + 7 <= text.size(); ++i) {
        if (text.compare(i + 4, 3, "年") != 0) continue;
        bool digits = true;
        for (std::size_t k = 0; k < 4; ++k) digits = digits && text[i + k] >= '0' && text[i + k] <= '9';
        if (!digits || (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9')) continue;
        int y = std::stoi(std::string(text.substr(i, 4)));
        if (y >= 1990 && y <= 2100) out.emplace_back(i, y);
    }
    return out;
}

}  // namespace

std::optional<int> report_year(std::string_view text) {
    // The title names the year just before "政府信息公开工作年度报告" (or "年度报告").
    for (std::string_view marker : {"政府信息公开工作年度报告", "政务公开工作年度报告", "年度报告"}) {
        std::size_t at = text.find(marker);
        if (at == std::string_view::npos || at > 2000) continue;
        std::size_t from = at > 240 ? at - 240 : 0;
        auto ys = years_in(text.substr(from, at - from + 6));
        if (!ys.empty()) return ys.back().second;
    }
    // Else the statistics period: "统计期限自2020年1月1日起…".
    std::size_t at = text.find("统计期限");
    if (at == std::string_view::npos) at = text.find("统计期");
    if (at != std::string_view::npos) {
        auto ys = years_in(text.substr(at, 120));
        if (!ys.empty()) return ys.front().second;
    }
    return std::nullopt;
}

FormatDetection detect_format(std::string_view text, const TemplateSet& templates, std::optional<int> year) {
    FormatDetection d;
    d.year_hint = year;
    // Labels are looked for in the folded text: labels broken over lines (with a blank
    // line inside, "对外公开⏎⏎总数量"), full-width forms. A single label of the other format
    // kept in a table is evidence too (a 2021 report whose table 二 kept one 2019 column).
    auto evidence_of = [&](const ReportTemplate& t, const std::u32string& folded) {
        std::vector<std::string> evidence;
        for (const auto& sig : t.signatures)
            if (folded.find(fold_label_text(sig)) != std::u32string::npos) evidence.push_back(sig);
        return evidence;
    };
    const std::u32string folded = fold_label_text(text);
    std::vector<std::pair<const ReportTemplate*, std::size_t>> scores;
    for (const auto& t : templates.templates) {
        std::vector<std::string> evidence = evidence_of(t, folded);
        if (t.id == "2019") d.evidence_2019 = evidence;
        if (t.id == "2021") d.evidence_2021 = evidence;
        scores.emplace_back(&t, evidence.size());
    }
    const ReportTemplate* by_year = year ? templates.for_year(*year) : nullptr;
    if (by_year) d.expected_version = by_year->id;
    const ReportTemplate* best = nullptr;
    std::size_t best_score = 0;
    for (const auto& [t, score] : scores)
        if (score > best_score || (score == best_score && score > 0 && t == by_year)) {
            best = t;
            best_score = score;
        }
    if (!best) best = by_year;
    if (!best && !templates.templates.empty()) best = &templates.templates.back();
    if (best) d.version = best->id;
    d.mixed = d.evidence_2019.size() >= 2 && d.evidence_2021.size() >= 2;
    return d;
}

}  // namespace gklint
