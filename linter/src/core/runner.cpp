#include "core/runner.h"

#include <algorithm>
#include <chrono>
#include <exception>

#include <fmt/format.h>

#include "core/fingerprint.h"
#include "core/rule_timings.h"
#include "model/analysis.h"

namespace gklint {
namespace {

bool names_rule(const std::vector<std::string>& rules, const std::string& id) {
    if (rules.empty()) return true;
    for (const auto& r : rules)
        if (r == id || (!r.empty() && r.back() == '/' && id.compare(0, r.size(), r) == 0) ||
            (id.size() > r.size() && id.compare(0, r.size(), r) == 0 && id[r.size()] == '/'))
            return true;
    return false;
}

// Inline suppressions: comments in the document that turn rules off for the text they cover.
bool suppressed(const Document& document, const Diagnostic& d) {
    for (const auto& s : document.suppressions())
        if (d.range.begin >= s.range.begin && d.range.begin <= s.range.end && names_rule(s.rules, d.rule_id)) return true;
    return false;
}

// A document whose reader could not get at its text (a scanned PDF) gets only the
// findings about the input: every other rule would report the whole report missing.
bool has_no_text(const Document& document) {
    if (!document.text().empty()) return false;
    for (const auto& f : document.reader_findings())
        if (f.rule_id.rfind("input/", 0) == 0) return true;
    return false;
}

// One rule reports at most kMaxFindingsPerRule findings in a file, the first by position
// (FindingList); the last of them says how many more there were. A file of 200,000
// unbalanced brackets is one problem, not 200,000 lines of output (and memory).
void note_left_out(std::vector<Diagnostic>& kept, std::size_t more, Language language) {
    if (more == 0 || kept.empty()) return;
    Diagnostic& last = kept.back();
    last.notes.push_back({last.range, language == Language::En
                                          ? fmt::format("{} more findings of this rule in this file are not listed "
                                                        "(at most {} per rule and file)",
                                                        more, kMaxFindingsPerRule)
                                          : fmt::format("本规则在本文件中另有{}处问题未列出（每条规则每个文件最多列出{}处）",
                                                        more, kMaxFindingsPerRule)});
}

}  // namespace

std::vector<Diagnostic> run_rules(const Document& document, const std::vector<EnabledRule>& rules,
                                  Language language, const TemplateSet* templates, RuleTimings* timings) {
    Analysis analysis(document, templates);
    return run_rules(analysis, rules, language, timings);
}

std::vector<Diagnostic> run_rules(const Analysis& analysis, const std::vector<EnabledRule>& rules, Language language,
                                  RuleTimings* timings) {
    using Clock = std::chrono::steady_clock;
    const Document& document = analysis.document();
    if (timings) {
        auto start = Clock::now();
        analysis.model();
        timings->add(kReportModelTiming, Clock::now() - start);
    }
    std::vector<Diagnostic> all;
    const bool input_only = has_no_text(document);
    for (const auto& enabled : rules) {
        if (input_only && enabled.rule->meta().id.rfind("input/", 0) != 0) continue;
        FindingList found([&](Diagnostic& d) {
            d.rule_id = enabled.rule->meta().id;
            d.severity = d.at_most ? std::min(enabled.severity, *d.at_most) : enabled.severity;
            return !suppressed(document, d);
        });
        CheckContext ctx{document, analysis, language, enabled.options, found};
        auto start = timings ? Clock::now() : Clock::time_point{};
        try {
            enabled.rule->check(ctx);
            if (timings) timings->add(enabled.rule->meta().id, Clock::now() - start);
        } catch (const std::exception& e) {
            all.push_back(Diagnostic{"internal/rule-failure", Severity::Error, {},
                                     fmt::format("rule {} failed: {}", enabled.rule->meta().id, e.what()),
                                     {}, std::nullopt, {}});
            continue;
        }
        std::vector<Diagnostic>& kept = found.finish();
        note_left_out(kept, found.left_out(), language);
        all.insert(all.end(), std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()));
    }
    std::stable_sort(all.begin(), all.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
        return a.rule_id < b.rule_id;
    });
    assign_fingerprints(document, all);
    return all;
}

}  // namespace gklint
