#include "app/lint_command.h"
#include "core/rule_timings.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <iterator>
#include <optional>
#include <ostream>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "app/engine_setup.h"
#include "app/exit_codes.h"
#include "app/file_discovery.h"
#include "app/lint_job.h"
#include "baseline/baseline_run.h"
#include "fix/fix_runner.h"
#include "output/formatter.h"

namespace gklint {
namespace {

bool use_color(ColorMode mode) {
    if (mode != ColorMode::Auto) return mode == ColorMode::Always;
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color && *no_color) return false;
    return isatty(STDOUT_FILENO) != 0;
}

std::string default_format() { return isatty(STDOUT_FILENO) ? "human" : "gcc"; }

// --docs-url, else the `docs-url` user setting, else the installed pages.
DocLinks doc_links(const LintOptions& options, const Engine& engine) {
    if (!options.docs_url.empty()) return DocLinks::web(options.docs_url);
    if (!engine.settings.docs_url.empty()) return DocLinks::web(engine.settings.docs_url);
    return DocLinks::installed(engine.paths.docs_dir);
}

}  // namespace

int run_lint(const LintOptions& given, std::ostream& out, std::ostream& err) {
    LintOptions options = given;
    RuleTimings timings;
    if (options.timing) options.timings = &timings;
    auto engine = make_engine({options.config_file, options.allow_plugins, options.plugins}, err);
    if (!engine) return kExitFailure;

    OutputOptions output{options.column_unit, options.language, use_color(options.color), &engine->registry,
                         doc_links(options, *engine)};
    std::string format_name = options.format.value_or(default_format());
    auto formatter = make_formatter(format_name, output);
    if (!formatter) {
        fmt::print(err, "gklint: error: unknown format '{}'\n", format_name);
        return kExitFailure;
    }

    bool failed = false;
    std::vector<LintJob> jobs;
    try {
        auto accepts = [&](const std::string& path) { return engine->configs->for_file(path).accepts(path); };
        DiscoveredFiles found = discover_files(options.paths, accepts);
        for (const auto& missing : found.missing) {
            fmt::print(err, fmt::runtime(options.language == Language::En ? "gklint: error: {}: no such file or directory\n"
                                                                           : "gklint: error: {}: 文件或文件夹不存在\n"),
                       missing);
            failed = true;
        }
        RuleSetCache rule_sets;
        for (auto& file : found.files)
            jobs.push_back(LintJob{file, false, {}, rule_sets.intern(rules_for_file(*engine, file, err)), &engine->templates});
        if (options.use_stdin) {
            std::string bytes{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
            jobs.push_back(LintJob{options.stdin_filename, true, std::move(bytes),
                                   rule_sets.intern(rules_for_file(*engine, options.stdin_filename, err)),
                                   &engine->templates});
        }
    } catch (const std::exception& e) {
        print_failure(err, e);
        return kExitFailure;
    }
    if (jobs.empty() && !failed) {
        err << (options.language == Language::En
                    ? "gklint: error: no report files to lint (give files or directories, or --stdin)\n"
                    : "gklint: error: 没有要检查的报告文件（请给出文件或文件夹，或用 --stdin）\n");
        return kExitFailure;
    }

    // A dry run prints only its diff; recording a baseline prints no findings.
    std::ostream discard(nullptr);
    std::ostream& report = options.fix == FixMode::DryRun || !options.baseline_write.empty() ? discard : out;

    RunSummary summary;
    summary.failed_files = failed ? 1 : 0;  // a missing path (counted once)
    auto emit = [&](std::size_t i, const LintOutcome& outcome) {
        if (outcome.error) {
            fmt::print(err, "gklint: error: {}: {}\n", jobs[i].path, *outcome.error);
            failed = true;
            ++summary.failed_files;
            return;
        }
        ++summary.files;
        for (const auto& d : outcome.diagnostics) {
            if (d.severity == Severity::Error) ++summary.errors;
            else if (d.severity == Severity::Warning) ++summary.warnings;
            else ++summary.infos;
            if (d.fix) ++summary.fixable;
        }
        formatter->file(report, FileResult{*outcome.document, outcome.diagnostics});
    };

    // Fixes and baselines need every outcome at once; a plain lint writes each
    // file's findings as soon as it and the files before it are done.
    bool keep_all = options.fix != FixMode::Off || !options.baseline.empty() || !options.baseline_write.empty();
    std::vector<LintOutcome> outcomes;
    std::optional<std::string> baseline_line;
    if (keep_all) {
        outcomes = options.fix == FixMode::Off ? lint_all(jobs, options) : fix_all(jobs, options, out, err);
        if (!options.baseline.empty() && !(baseline_line = apply_baseline(options.baseline, jobs, outcomes, options.language, err)))
            return kExitFailure;
        formatter->begin(report);
        for (std::size_t i = 0; i < outcomes.size(); ++i) emit(i, outcomes[i]);
    } else {
        formatter->begin(report);
        lint_in_order(jobs, options, [&](std::size_t i, LintOutcome&& outcome) {
            emit(i, outcome);
        });
    }
    formatter->end(report, summary);
    out.flush();
    if (baseline_line) err << *baseline_line;
    if (options.timing) timings.print(err);
    if (!options.baseline_write.empty() && !record_baseline(options.baseline_write, jobs, outcomes, options.language, err)) failed = true;

    if (failed) return kExitFailure;
    if (!options.baseline_write.empty()) return kExitClean;
    bool too_many_warnings = options.max_warnings >= 0 && summary.warnings > static_cast<std::size_t>(options.max_warnings);
    if (too_many_warnings)
        fmt::print(err, fmt::runtime(options.language == Language::En ? "gklint: {} warnings exceed --max-warnings {}\n"
                                                                       : "gklint: 警告 {} 个，超过 --max-warnings {}\n"),
                   summary.warnings, options.max_warnings);
    return summary.errors > 0 || too_many_warnings ? kExitFindings : kExitClean;
}

}  // namespace gklint
