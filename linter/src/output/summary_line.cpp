#include "output/summary_line.h"

#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace gklint {
namespace {

std::string english_count(std::size_t n, std::string_view singular, std::string_view plural) {
    return fmt::format("{} {}", n, n == 1 ? singular : plural);
}

std::string zh_summary(const RunSummary& s, std::size_t problems) {
    if (problems == 0) return fmt::format("✔ 没有发现问题（检查了 {} 个文件）", s.files);
    std::vector<std::string> parts{fmt::format("{} 个错误", s.errors), fmt::format("{} 个警告", s.warnings)};
    if (s.infos > 0) parts.push_back(fmt::format("{} 个提示", s.infos));
    std::string line = fmt::format("✖ {} 个问题（{}）", problems, fmt::join(parts, "，"));
    if (s.fixable > 0) line += fmt::format("，{} 个可自动修复", s.fixable);
    return line;
}

std::string en_summary(const RunSummary& s, std::size_t problems) {
    if (problems == 0) return fmt::format("✔ no problems found ({} checked)", english_count(s.files, "file", "files"));
    std::vector<std::string> parts{english_count(s.errors, "error", "errors"),
                                   english_count(s.warnings, "warning", "warnings")};
    if (s.infos > 0) parts.push_back(english_count(s.infos, "info", "infos"));
    std::string line = fmt::format("✖ {} ({})", english_count(problems, "problem", "problems"), fmt::join(parts, ", "));
    if (s.fixable > 0) line += fmt::format(", {} fixable", s.fixable);
    return line;
}

}  // namespace

std::string summary_line(const RunSummary& summary, Language language, const TerminalStyle& style) {
    std::size_t problems = summary.errors + summary.warnings + summary.infos;
    std::string text = language == Language::En ? en_summary(summary, problems) : zh_summary(summary, problems);
    Tone tone = summary.errors > 0 ? Tone::Error : summary.warnings > 0 ? Tone::Warning
              : problems > 0       ? Tone::Info  : Tone::Success;
    return style.paint(text, tone);
}

}  // namespace gklint
