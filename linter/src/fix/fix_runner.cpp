#include "fix/fix_runner.h"

#include <ostream>
#include <stdexcept>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "fix/atomic_write.h"
#include "fix/byte_edit.h"
#include "fix/fix_selection.h"
#include "fix/unified_diff.h"

namespace gklint {
namespace {

std::string at(const Document& document, std::size_t offset) {
    Position p = document.position(offset, ColumnUnit::CodePoint);
    return fmt::format("{}:{}:{}", document.path(), p.line, p.column);
}

}  // namespace

FileFixResult fix_in_memory(const LintJob& job, LintOutcome& outcome, const LintOptions& options) {
    FileFixResult result;
    LintOptions pass_options = options;
    pass_options.encoding = outcome.document->encoding();  // the fixed bytes are read as the file was
    pass_options.input_format = std::string(input_format_name(outcome.document->format()));
    const std::string& refusal = outcome.document->fix_refusal(options.language == Language::En);
    if (!refusal.empty()) {
        if (!select_fixes(outcome.diagnostics, options.unsafe_fixes, outcome.document->text().size()).chosen.empty())
            result.notes.push_back(fmt::format("{}: fixes not applied: {}", outcome.document->path(), refusal));
        return result;
    }
    std::vector<SkippedFix> skipped;
    bool settled = false;
    while (result.passes < kMaxFixPasses) {
        const Document& document = *outcome.document;
        auto veto = [&](const Fix& fix) { return encoding_veto(document, fix); };
        FixSelection selection = select_fixes(outcome.diagnostics, options.unsafe_fixes, document.text().size(), veto);
        skipped = std::move(selection.skipped);
        for (const auto& s : skipped)
            if (s.overlap)
                result.notes.push_back(fmt::format("{}: fix of {} skipped in pass {}: {}", at(document, s.range.begin),
                                                   s.rule_id, result.passes + 1, s.reason));
        if (selection.chosen.empty()) {
            settled = true;
            break;
        }
        EditedFile edited;
        try {
            edited = apply_fixes(document, selection.chosen);
        } catch (const std::runtime_error& e) {
            result.notes.push_back(fmt::format("{}: fixes not applied: {}", document.path(), e.what()));
            return result;
        }
        if (edited.text == document.text()) {  // fixes that change nothing
            settled = true;
            skipped.clear();
            break;
        }
        LintJob next{job.path, true, std::move(edited.bytes), job.rules, job.templates};
        LintOutcome relinted = lint_one(next, pass_options);
        if (!relinted.document) {
            result.notes.push_back(fmt::format("{}: fixes not applied: the fixed text cannot be read back ({})",
                                               document.path(), relinted.error.value_or("unknown error")));
            return result;
        }
        if (relinted.document->text() != edited.text) {
            result.notes.push_back(fmt::format("{}: fixes not applied: the fixed file would not read back as the fixed text",
                                               document.path()));
            return result;
        }
        ++result.passes;
        result.applied += selection.chosen.size();
        outcome = std::move(relinted);
    }
    // The last pass tried every fix of the findings that remain: say why each was left.
    if (settled) {
        for (const auto& s : skipped)
            if (!s.overlap)
                result.notes.push_back(fmt::format("{}: fix of {} not applied: {}", at(*outcome.document, s.range.begin),
                                               s.rule_id, s.reason));
    } else if (!select_fixes(outcome.diagnostics, options.unsafe_fixes, outcome.document->text().size()).chosen.empty()) {
        result.notes.push_back(fmt::format("{}: fixes still possible after {} passes; run gklint --fix again",
                                           outcome.document->path(), kMaxFixPasses));
    }
    return result;
}

std::vector<LintOutcome> fix_all(std::vector<LintJob>& jobs, const LintOptions& options, std::ostream& out,
                                 std::ostream& err) {
    // Every file is linted once in parallel; most need no second pass. (lint_one
    // consumes only a job's stdin bytes, which the document keeps.)
    std::vector<LintOutcome> outcomes = lint_all(jobs, options);
    bool dry_run = options.fix == FixMode::DryRun;
    std::size_t total_fixes = 0;
    std::size_t fixed_files = 0;
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        LintOutcome& outcome = outcomes[i];
        if (!outcome.document) continue;
        std::string before_text(outcome.document->text());
        FileFixResult result = fix_in_memory(jobs[i], outcome, options);
        for (const auto& note : result.notes) fmt::print(err, "gklint: note: {}\n", note);
        if (result.applied == 0) continue;
        total_fixes += result.applied;
        ++fixed_files;
        const Document& fixed = *outcome.document;
        if (dry_run) {
            out << unified_diff(before_text, fixed.text(), fixed.path());
            continue;
        }
        try {
            if (jobs[i].from_stdin) throw std::runtime_error("standard input cannot be written back");
            write_file_atomically(jobs[i].path, fixed.original_bytes());
            if (options.language == Language::En)
                fmt::print(err, "gklint: {}: applied {} {}\n", fixed.path(), result.applied,
                           result.applied == 1 ? "fix" : "fixes");
            else
                fmt::print(err, "gklint: {}: 已修复 {} 处\n", fixed.path(), result.applied);
        } catch (const std::exception& e) {
            outcome.error = fmt::format("fixes not written: {}", e.what());
        }
    }
    if (dry_run && options.language == Language::En)
        fmt::print(err, "gklint: --fix-dry-run: {} {} in {} {} would be applied; no file was changed\n", total_fixes,
                   total_fixes == 1 ? "fix" : "fixes", fixed_files, fixed_files == 1 ? "file" : "files");
    else if (dry_run)
        fmt::print(err, "gklint: --fix-dry-run：将在 {} 个文件中修复 {} 处；未改动任何文件\n", fixed_files, total_fixes);
    return outcomes;
}

}  // namespace gklint
