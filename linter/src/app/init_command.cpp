#include "app/init_command.h"

#include <filesystem>
#include <cstdio>
#include <ostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "app/exit_codes.h"

namespace gklint {
namespace {

constexpr const char* kStarterZh = R"(# gklint 配置文件（由 gklint init 生成）。作用于本文件夹及其子文件夹中的报告。
# 每一项都可以删去；完整说明：docs/configuration.md，或 man gklint。
# 查看某份报告实际适用的配置：gklint config --print 报告文件

# 不再向上级文件夹查找 .gklint.yaml
root: true

# 规则集：gklint:recommended（各规则按默认级别，默认值）
#         gklint:strict（发布前使用：Word 导出残留等警告升为错误）
extends: [gklint:recommended]

rules:
  # 报告所用格式：auto（按报告年度和表格自动判断）、2019（国办公开办函〔2019〕60号，
  # 2019、2020 年度报告）、2021（国办公开办函〔2021〕30号，2021 年度起）
  article/wrong-number: {format: auto}

  # 每条规则可设为 off（不检查）、info、warning 或 error；规则列表：gklint rules
  # 部门、乡镇报告不必写“工作考核、社会评议和责任追究”时：
  # narrative/government-topics: off
  # 总体情况不要求逐项写到主动公开、依申请公开等五个方面时：
  # narrative/required-topics: off
  # Word 导出残留（占位符、XX、空括号）作为错误：
  # text/artifact: error
  # 报告公布期限（默认次年 1 月 31 日）：
  # narrative/deadline: {deadline: "01-31"}
  # 条例简称《政府信息公开条例》的用法（after-full：先写全称后可用简称）：
  # article/law-title: {short-title: after-full}

# 要检查的文件（默认：gklint 能读的所有格式）
# files: ["**/*.docx", "**/*.pdf", "**/*.html", "**/*.txt"]

# 不检查的文件
ignore: ["草稿/**", "drafts/**", "**/~$*"]

# 只对部分文件生效的设置
# overrides:
#   - files: ["乡镇/**"]
#     rules: {narrative/government-topics: off}
)";

constexpr const char* kStarterEn = R"(# gklint configuration (written by gklint init). Applies to the reports in this folder and below.
# Every entry may be removed; the full description: docs/configuration.md, or man gklint.
# The configuration a report actually gets: gklint config --print REPORT

# Do not look for .gklint.yaml in parent folders
root: true

# Profile: gklint:recommended (every rule at its default severity, the default)
#          gklint:strict (before publication: warnings such as Word export debris become errors)
extends: [gklint:recommended]

rules:
  # The report format: auto (from the report year and the tables), 2019 (国办公开办函〔2019〕60号,
  # reports for 2019 and 2020), 2021 (国办公开办函〔2021〕30号, reports for 2021 onwards)
  article/wrong-number: {format: auto}

  # Any rule can be off, info, warning or error; the list: gklint rules
  # A department's or township's report need not cover assessment, public review and accountability:
  # narrative/government-topics: off
  # The overview need not name all five areas (proactive disclosure, requests, …):
  # narrative/required-topics: off
  # Word export debris (placeholders, XX, empty brackets) as errors:
  # text/artifact: error
  # The publication deadline (default 31 January of the next year):
  # narrative/deadline: {deadline: "01-31"}
  # The short title 《政府信息公开条例》 (after-full: allowed once the full title was given):
  # article/law-title: {short-title: after-full}

# The files to lint (default: every format gklint reads)
# files: ["**/*.docx", "**/*.pdf", "**/*.html", "**/*.txt"]

# Files not to lint
ignore: ["草稿/**", "drafts/**", "**/~$*"]

# Settings for some files only
# overrides:
#   - files: ["乡镇/**"]
#     rules: {narrative/government-topics: off}
)";

}  // namespace

std::string starter_config(Language language) { return language == Language::En ? kStarterEn : kStarterZh; }

int run_init_command(const std::string& dir, Language language, std::ostream& out, std::ostream& err) {
    namespace fs = std::filesystem;
    bool en = language == Language::En;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        fmt::print(err, fmt::runtime(en ? "gklint: error: {}: no such folder\n" : "gklint: error: {}: 文件夹不存在\n"), dir);
        return kExitFailure;
    }
    for (const char* name : {".gklint.yaml", ".gklint.yml"}) {
        fs::path existing = fs::path(dir) / name;
        if (fs::exists(existing, ec)) {
            fmt::print(err,
                       fmt::runtime(en ? "gklint: error: {} already exists; gklint init does not overwrite it\n"
                                       : "gklint: error: {} 已存在，gklint init 不会覆盖它\n"),
                       existing.string());
            return kExitFailure;
        }
    }
    fs::path target = fs::path(dir) / ".gklint.yaml";
    std::string text = starter_config(language);
    std::FILE* file = std::fopen(target.c_str(), "wbx");  // x: fails if it appeared meanwhile
    bool written = file && std::fwrite(text.data(), 1, text.size(), file) == text.size();
    if (file && std::fclose(file) != 0) written = false;
    if (!written) {
        fmt::print(err, fmt::runtime(en ? "gklint: error: {}: cannot write\n" : "gklint: error: {}: 无法写入\n"), target.string());
        return kExitFailure;
    }
    fmt::print(out, fmt::runtime(en ? "wrote {}\n" : "已写入 {}\n"), target.string());
    return kExitClean;
}

}  // namespace gklint
