#pragma once
// Everything the command line can set for a lint run.
#include <optional>
#include <string>
#include <vector>

#include "core/language.h"
#include "core/severity.h"
#include "text/columns.h"

namespace gklint {

class RuleTimings;

enum class ColorMode { Auto, Always, Never };
// --fix writes fixes back; --fix-dry-run prints them as a diff (docs/fixes-and-baselines.md).
enum class FixMode { Off, Apply, DryRun };

struct LintOptions {
    std::vector<std::string> paths;
    bool use_stdin = false;
    std::string stdin_filename = "<stdin>";
    std::optional<std::string> format;  // unset: human on a terminal, gcc otherwise
    ColorMode color = ColorMode::Auto;
    Language language = Language::Zh;
    ColumnUnit column_unit = ColumnUnit::CodePoint;
    Severity min_severity = Severity::Info;
    long max_warnings = -1;  // -1: unlimited
    std::optional<std::string> config_file;
    bool allow_plugins = false;
    std::vector<std::string> plugins;  // --plugin: loaded, and their rules enabled everywhere
    std::string encoding;              // --encoding: forced input encoding
    std::string input_format;          // --input-format: text, markdown, html, docx, pdf (default: detect)
    std::size_t max_pages = 500;       // --max-pages: PDF page cap
    unsigned jobs = 0;                 // 0: one per core
    std::size_t max_file_size = 64u << 20;
    FixMode fix = FixMode::Off;
    bool unsafe_fixes = false;       // --unsafe-fixes: apply suggestions too
    std::string baseline;            // --baseline FILE: report only findings not in it
    std::string baseline_write;      // --baseline-write FILE: record the findings instead of reporting them
    RuleTimings* timings = nullptr;  // --timing: where rules are timed (set by run_lint)
    bool timing = false;
    std::string previous;  // --previous FILE: last year's report, for the cross-year rules
    std::string docs_url;  // --docs-url: web copy of docs/ for SARIF and reviewdog links
};

}  // namespace gklint
