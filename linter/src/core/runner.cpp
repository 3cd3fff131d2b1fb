#include "core/runner.h"

#include <algorithm>
#include <chrono>
#include <exception>

#include <fmt/format.h>

#include "core/fingerprint.h"
#include "core/rule_timings.h"
#include "model/analysis.h"

namespace gklint {

std::vector<Diagnostic> run_rules(const Document& document, const std::vector<EnabledRule>& rules,
                                  Language language, const TemplateSet* templates, RuleTimings* timings) {
    using Clock = std::chrono::steady_clock;
    Analysis analysis(document, templates);
    if (timings) {
        auto start = Clock::now();
        analysis.model();
        timings->add(kReportModelTiming, Clock::now() - start);
    }
    std::vector<Diagnostic> all;
    std::vector<Diagnostic> found;
    for (const auto& enabled : rules) {
        found.clear();
        CheckContext ctx{document, analysis, language, enabled.options, found};
        auto start = timings ? Clock::now() : Clock::time_point{};
        try {
            enabled.rule->check(ctx);
            if (timings) timings->add(enabled.rule->meta().id, Clock::now() - start);
        } catch (const std::exception& e) {
            found.clear();
            found.push_back(Diagnostic{"internal/rule-failure", Severity::Error, {}, 
                                       fmt::format("rule {} failed: {}", enabled.rule->meta().id, e.what()),
                                       {}, std::nullopt, {}});
            all.insert(all.end(), found.begin(), found.end());
            continue;
        }
        for (auto& d : found) {
            d.rule_id = enabled.rule->meta().id;
            d.severity = enabled.severity;
            all.push_back(std::move(d));
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
        return a.rule_id < b.rule_id;
    });
    assign_fingerprints(document, all);
    return all;
}

}  // namespace gklint
