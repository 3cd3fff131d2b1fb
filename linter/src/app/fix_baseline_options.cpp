#include "app/fix_baseline_options.h"

namespace gklint {

void add_fix_and_baseline_options(CLI::App& app, LintOptions& lint) {
    auto* fix = app.add_flag_callback(
        "--fix", [&lint] { lint.fix = FixMode::Apply; },
        "Apply safe fixes in place (same encoding, line endings and permissions), re-linting up to 10 times; "
        "then report what remains");
    auto* dry_run = app.add_flag_callback(
        "--fix-dry-run", [&lint] { lint.fix = FixMode::DryRun; },
        "Print the fixes --fix would apply as a unified diff of the decoded text; change no file");
    app.add_flag("--unsafe-fixes", lint.unsafe_fixes,
                 "With --fix or --fix-dry-run, also apply suggestions (fixes not certain to be right)");
    auto* baseline = app.add_option("--baseline", lint.baseline,
                                    "Report only findings not recorded in this baseline file; say on stderr how "
                                    "many were suppressed and how many recorded ones are gone")
                         ->check(CLI::ExistingFile);
    auto* write = app.add_option("--baseline-write", lint.baseline_write,
                                 "Record the current findings in this baseline file (JSON) instead of reporting them");
    fix->excludes(dry_run);
    write->excludes(baseline);
    write->excludes(dry_run);
    app.footer(app.get_footer() +
               "\nFixes and baselines: --fix-dry-run to review, --fix to apply (file encoding, line endings and "
               "permissions kept);\n--baseline-write FILE once, then --baseline FILE to see only new findings "
               "(docs/fixes-and-baselines.md).");
    if (auto* use_stdin = app.get_option_no_throw("--stdin")) fix->excludes(use_stdin);
}

}  // namespace gklint
