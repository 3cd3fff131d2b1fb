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

// Boyer–Moore–Horspool: UTF-8 Chinese labels share their lead bytes with most of
// the text, which makes a plain find compare at nearly every position.
bool contains(std::string_view text, std::string_view needle) {
    std::boyer_moore_horspool_searcher searcher(needle.begin(), needle.end());
    return std::search(text.begin(), text.end(), searcher) != text.end();
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
    // Labels as written are usually found as they are; folding the whole text
    // (labels broken over lines, full-width forms) is needed only when that
    // leaves the evidence thin, or when two formats have labels: then the
    // weaker one's other labels may be there, broken over lines (a 2021 report
    // whose table 二 has the 2019 columns "本年新制\n作数量", "本年新公开数量").
    auto evidence_of = [&](const ReportTemplate& t, const std::u32string* folded) {
        std::vector<std::string> evidence;
        for (const auto& sig : t.signatures) {
            bool found = folded ? folded->find(fold_label_text(sig)) != std::u32string::npos : contains(text, sig);
            if (found) evidence.push_back(sig);
        }
        return evidence;
    };
    std::size_t strongest = 0, with_labels = 0;
    for (const auto& t : templates.templates) {
        std::size_t n = evidence_of(t, nullptr).size();
        strongest = std::max(strongest, n);
        with_labels += n > 0;
    }
    std::u32string folded_text;
    const std::u32string* folded = nullptr;
    if (strongest < 3 || with_labels > 1) {
        folded_text = fold_label_text(text);
        folded = &folded_text;
    }
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
