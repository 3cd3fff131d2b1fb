#include "baseline/baseline_run.h"

#include <ostream>
#include <stdexcept>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "baseline/baseline_file.h"
#include "baseline/baseline_match.h"

namespace gklint {

std::optional<std::string> apply_baseline(const std::string& path, const std::vector<LintJob>& jobs,
                                          std::vector<LintOutcome>& outcomes, Language language, std::ostream& err) {
    Baseline baseline;
    try {
        baseline = read_baseline(path);
    } catch (const std::exception& e) {
        fmt::print(err, "gklint: error: baseline {}: {}\n", path, e.what());
        return std::nullopt;
    }
    BaselineFilter filter(baseline, path);
    for (std::size_t i = 0; i < outcomes.size(); ++i)
        if (outcomes[i].document) filter.filter(jobs[i].path, outcomes[i].diagnostics);
    std::size_t gone = filter.gone();
    if (language != Language::En) {
        std::string line = fmt::format("gklint: 基线 {}：{} 个已记录的问题未再报告", path, filter.suppressed());
        if (gone > 0) line += fmt::format("；{} 个已记录的问题已不存在（用 --baseline-write 重写基线可删去）", gone);
        return line + "\n";
    }
    std::string line = fmt::format("gklint: baseline {}: {} {} suppressed", path, filter.suppressed(),
                                   filter.suppressed() == 1 ? "finding" : "findings");
    if (gone > 0)
        line += fmt::format(", {} baselined {} no longer {} (rewrite it with --baseline-write to drop {})", gone,
                            gone == 1 ? "finding" : "findings", gone == 1 ? "occurs" : "occur",
                            gone == 1 ? "it" : "them");
    return line + "\n";
}

bool record_baseline(const std::string& path, const std::vector<LintJob>& jobs,
                     const std::vector<LintOutcome>& outcomes, Language language, std::ostream& err) {
    BaselineRecorder recorder(path);
    for (std::size_t i = 0; i < outcomes.size(); ++i)
        if (outcomes[i].document && !outcomes[i].error) recorder.add(jobs[i].path, outcomes[i].diagnostics);
    Baseline baseline = recorder.baseline();
    try {
        write_baseline(path, baseline);
    } catch (const std::exception& e) {
        fmt::print(err, "gklint: error: baseline {}: {}\n", path, e.what());
        return false;
    }
    if (language == Language::En)
        fmt::print(err, "gklint: baseline {}: recorded {} {} ({} {})\n", path, recorder.findings(),
                   recorder.findings() == 1 ? "finding" : "findings", baseline.entries.size(),
                   baseline.entries.size() == 1 ? "entry" : "entries");
    else
        fmt::print(err, "gklint: 基线 {}：记录了 {} 个问题（{} 项）\n", path, recorder.findings(), baseline.entries.size());
    return true;
}

}  // namespace gklint
