#include "app/cli_definition.h"

#include <cstdlib>
#include <string_view>

#include <fmt/format.h>

#include <gklint/plugin.h>

#include "config/config_keys.h"
#include "output/formatter.h"

namespace gklint {
namespace {

using Kind = ValueHint::Kind;

struct Text {
    const char* zh;
    const char* en;
};

// Adds options to one command in the help language and records what their values are.
class Definer {
public:
    Definer(CLI::App& app, CliCommands& commands, Language help) : app_(app), commands_(commands), help_(help) {}

    std::string tr(Text text) const { return help_ == Language::En ? text.en : text.zh; }

    template <typename T>
    CLI::Option* option(const std::string& names, T& target, Text description, ValueHint hint = {}) {
        CLI::Option* opt = app_.add_option(names, target, tr(description));
        hint_(opt, std::move(hint));
        return opt;
    }

    template <typename T>
    CLI::Option* choice(const std::string& names, T& target, std::vector<std::string> values, Text description) {
        CLI::Option* opt = app_.add_option(names, target, tr(description))->check(CLI::IsMember(values));
        hint_(opt, ValueHint{Kind::Choice, std::move(values)});
        return opt;
    }

    template <typename T>
    CLI::Option* existing_file(const std::string& names, T& target, Text description) {
        return option(names, target, description, ValueHint{Kind::File, {}})->check(CLI::ExistingFile);
    }

    CLI::Option* flag(const std::string& names, bool& target, Text description) {
        return app_.add_flag(names, target, tr(description));
    }

    CLI::App& app() { return app_; }

    Definer subcommand(const std::string& name, Text description) {
        CLI::App* sub = app_.add_subcommand(name, tr(description));
        sub->group(tr({"命令", "Commands"}));
        if (CLI::Option* help = sub->get_help_ptr()) help->group(tr({"选项", "Options"}));
        return Definer(*sub, commands_, help_);
    }

private:
    void hint_(CLI::Option* opt, ValueHint hint) {
        if (hint.kind != Kind::Any) commands_.hints[opt] = std::move(hint);
    }

    CLI::App& app_;
    CliCommands& commands_;
    Language help_;
};

void label_in(CLI::App& app, Language help) {
    if (help == Language::En) return;
    auto formatter = app.get_formatter();
    formatter->label("Usage", "用法");
    formatter->label("OPTIONS", "选项");
    formatter->label("SUBCOMMAND", "命令");
    formatter->label("SUBCOMMANDS", "命令");
    formatter->label("Positionals", "位置参数");
    formatter->label("REQUIRED", "（必填）");
    formatter->label("Excludes", "不能同时使用");
    formatter->label("Needs", "需要");
}

void define_lint_options(Definer& d, CliCommands& c) {
    LintOptions& lint = c.lint;
    std::vector<std::string> formats;
    for (auto name : formatter_names()) formats.emplace_back(name);
    d.option("paths", lint.paths,
             {"要检查的报告文件或目录（目录递归查找 .txt .md .html .docx .pdf 等）",
              "Report files or directories (recursive; .txt .md .html .docx .pdf …)"},
             ValueHint{Kind::File, {}});
    d.flag("--stdin", lint.use_stdin, {"从标准输入读取一份报告", "Read one report from standard input"});
    d.option("--stdin-filename", lint.stdin_filename,
             {"--stdin 时显示的路径，也用它查找配置", "Path to show and to find the configuration for --stdin"},
             ValueHint{Kind::File, {}});
    d.choice("-f,--format", c.format, formats,
             {"输出格式：human（终端默认）、gcc（其他情况默认）、json、jsonl、sarif、rdjson、rdjsonl、checkstyle、junit",
              "Output format: human (default on a terminal), gcc (default otherwise), json, jsonl, sarif, rdjson, "
              "rdjsonl, checkstyle, junit"});
    d.choice("--color", c.color, {"auto", "always", "never"},
             {"human 输出的颜色：auto（遵守 NO_COLOR）、always、never",
              "Colour in human output: auto (honours NO_COLOR), always, never"});
    d.choice("--lang", c.language, {"zh", "en"},
             {"提示信息和帮助的语言：zh（默认）或 en", "Language of the messages and of this help: zh (default) or en"});
    d.choice("--column-unit", c.column_unit, {"codepoint", "utf16", "byte", "display"},
             {"列号单位：codepoint（字符，默认）、utf16、byte（UTF-8 字节）、display（终端显示宽度）",
              "Column unit: codepoint (default), utf16, byte (UTF-8), display"});
    d.choice("--min-severity", c.min_severity, {"info", "warning", "error"},
             {"只报告不低于此级别的问题：info、warning、error",
              "Report only findings at least this severe: info, warning, error"});
    d.option("--max-warnings", lint.max_warnings,
             {"警告多于此数时以 1 退出", "Exit 1 when there are more warnings than this"});
    d.existing_file("-c,--config", lint.config_file,
                    {"使用此配置文件，不再查找 .gklint.yaml",
                     "Use this configuration file instead of looking for .gklint.yaml"});
    d.flag("--allow-plugins", lint.allow_plugins,
           {"允许报告旁的 .gklint.yaml 加载插件", "Load plugins named by .gklint.yaml files found next to reports"});
    d.existing_file("--plugin", lint.plugins,
                    {"加载此插件并在所有文件上启用其规则（可重复）",
                     "Load this plugin and enable its rules everywhere (repeatable)"})
        ->allow_extra_args(false);
    d.option("--encoding", lint.encoding,
             {"输入编码（默认：按 BOM 识别 UTF-8/UTF-16，其次 UTF-8，再次 GB18030）",
              "Input encoding (default: detect UTF-8/UTF-16 by BOM, UTF-8, then GB18030)"});
    d.flag("--timing", lint.timing,
           {"在标准错误输出报告模型和每条规则所用时间",
            "Print the time spent in the report model and in each rule (stderr)"});
    d.option("-j,--jobs", lint.jobs, {"并行检查的文件数（默认：每个处理器核心一个）",
                                      "Files linted in parallel (default: one per core)"});
    d.option("--max-file-size", lint.max_file_size,
             {"最大输入字节数（默认 64 MiB）", "Largest input in bytes (default 64 MiB)"});
    d.choice("--input-format", lint.input_format, {"text", "markdown", "html", "docx", "pdf"},
             {"把所有输入按此格式读取，不按内容和扩展名判断",
              "Read every input as this format instead of detecting it from content and extension"});
    d.existing_file("--previous", lint.previous,
                    {"同一机关上一年度的报告：跨年度规则与之比较",
                     "Last year's report of the same agency: the cross-year rules compare with it"});
    d.option("--max-pages", lint.max_pages, {"PDF 最多页数（默认 500）", "Largest PDF in pages (default 500)"})
        ->check(CLI::PositiveNumber);
    d.option("--docs-url", lint.docs_url,
             {"SARIF、reviewdog 输出中规则文档链接的网址前缀（默认：本机安装的文档）",
              "Web address of the docs/ folder for rule links in SARIF and reviewdog output (default: the "
              "installed pages)"});

    auto* fix = d.app().add_flag_callback(
        "--fix", [&lint] { lint.fix = FixMode::Apply; },
        d.tr({"就地应用安全修复（保持编码、换行符和权限），最多重新检查 10 次，再报告余下的问题",
              "Apply safe fixes in place (same encoding, line endings and permissions), re-linting up to 10 "
              "times; then report what remains"}));
    auto* dry_run = d.app().add_flag_callback(
        "--fix-dry-run", [&lint] { lint.fix = FixMode::DryRun; },
        d.tr({"以统一差异格式显示 --fix 将做的修改，不改动文件",
              "Print the fixes --fix would apply as a unified diff of the decoded text; change no file"}));
    d.flag("--unsafe-fixes", lint.unsafe_fixes,
           {"与 --fix 或 --fix-dry-run 同用时，也应用建议性修改（不一定正确的修复）",
            "With --fix or --fix-dry-run, also apply suggestions (fixes not certain to be right)"});
    auto* baseline = d.existing_file(
        "--baseline", lint.baseline,
        {"只报告基线文件中没有的问题；在标准错误输出说明抑制了多少、基线中有多少已不存在",
         "Report only findings not recorded in this baseline file; say on stderr how many were suppressed "
         "and how many recorded ones are gone"});
    auto* write = d.option("--baseline-write", lint.baseline_write,
                           {"把当前问题记入此基线文件（JSON），不报告",
                            "Record the current findings in this baseline file (JSON) instead of reporting them"},
                           ValueHint{Kind::File, {}});
    fix->excludes(dry_run);
    write->excludes(baseline);
    write->excludes(dry_run);
    if (auto* use_stdin = d.app().get_option_no_throw("--stdin")) fix->excludes(use_stdin);
}

void define_subcommands(Definer& d, CliCommands& c) {
    Definer rules = d.subcommand("rules", {"列出所有规则及其默认级别、能否自动修复和说明",
                                           "List every rule with its default severity, fixability and summary"});
    rules.choice("--format", c.rules_format, {"text", "json", "ids"},
                 {"text、json 或 ids（每行一个规则编号）", "text, json or ids (one rule id a line)"});
    c.rules = &rules.app();

    Definer explain = d.subcommand("explain", {"显示规则或配置项的说明", "Print a rule's or a configuration key's documentation"});
    std::vector<std::string> keys(kConfigKeys.begin(), kConfigKeys.end());
    keys.insert(keys.end(), kUserSettingKeys.begin(), kUserSettingKeys.end());
    explain.option("topic", c.explain_id,
                   {"规则编号（如 article/wrong-number）或配置项（如 extends）",
                    "A rule id (e.g. article/wrong-number) or a configuration key (e.g. extends)"},
                   ValueHint{Kind::RuleId, std::move(keys)})
        ->required();
    c.explain = &explain.app();

    Definer config = d.subcommand("config", {"显示适用于某个文件的配置", "Show the configuration that applies to a file"});
    config.option("--print", c.config_target, {"要解析其配置的报告文件", "Report file to resolve the configuration for"},
                  ValueHint{Kind::File, {}})
        ->required();
    c.config = &config.app();

    Definer parse = d.subcommand("parse", {"显示报告模型：各部分及每个表格单元格的位置",
                                           "Print the report model: sections and every table cell with its position"});
    parse.existing_file("files", c.parse_files, {"报告文件", "Report files"})->required();
    parse.choice("--format", c.parse_format, {"text", "json"}, {"text 或 json", "text or json"});
    c.parse = &parse.app();

    Definer audit = d.subcommand("audit", {"审计路径下的全部报告，写入数据库和统计页面（docs/audit-design.md）",
                                           "Audit every report under the paths into a database (docs/audit-design.md)"});
    audit.option("paths", c.audit.paths, {"报告文件或目录", "Report files or directories"}, ValueHint{Kind::File, {}})
        ->required();
    audit.option("--out", c.audit.out_dir, {"输出目录：gklint-audit.sqlite 和 index.html",
                                             "Output directory: gklint-audit.sqlite and index.html"},
                 ValueHint{Kind::Directory, {}})
        ->required();
    audit.flag("--quiet", c.audit.quiet, {"不在标准错误输出显示进度", "No progress on stderr"});
    audit.choice("--lang", c.language, {"zh", "en"},
                 {"提示信息和统计页面的语言：zh（默认）或 en",
                  "Language of the messages and the dashboard: zh (default) or en"});
    audit.existing_file("--manifest", c.audit.manifest,
                        {"CSV 清单（path, agency, region_code, parent_region, level, year, url）：每份报告的机关",
                         "CSV (path, agency, region_code, parent_region, level, year, url): who wrote each report"});
    audit.existing_file("--aliases", c.audit.aliases,
                        {"YAML 列表：同一机关的不同名称（可重复）", "YAML list of the names one agency goes by (repeatable)"});
    audit.option("-j,--jobs", c.lint.jobs, {"并行检查的报告数（默认：每个处理器核心一个）",
                                            "Reports linted in parallel (default: one per core)"});
    audit.choice("--export", c.audit.export_format, {"csv"},
                 {"另将报告、问题和数据写成 CSV（DIR/csv）", "Also write the reports, findings and facts as CSV (DIR/csv)"});
    c.audit_cmd = &audit.app();

    Definer lsp = d.subcommand("lsp", {"在标准输入输出上运行语言服务器（docs/lsp.md）",
                                       "Run the language server on standard input and output (docs/lsp.md)"});
    lsp.app().add_flag("--stdio")->description(
        lsp.tr({"为传递此参数的 LSP 客户端保留；只支持标准输入输出",
                "Accepted for LSP clients that pass it; stdio is the only transport"}));
    c.lsp = &lsp.app();

    Definer init = d.subcommand("init", {"在目录中写入带注释的入门配置 .gklint.yaml（已有则不覆盖）",
                                         "Write a commented starter .gklint.yaml into a folder (never overwrites one)"});
    init.option("dir", c.init_dir, {"目录（默认：当前目录）", "Folder (default: the current one)"},
                ValueHint{Kind::Directory, {}});
    c.init = &init.app();

    Definer serve = d.subcommand("serve", {"在本机启动检查页面：在浏览器中拖入报告即可检查（报告不离开本机）",
                                           "Start the checking page on this computer: drop a report in the browser "
                                           "(the report never leaves the machine)"});
    serve.option("--port", c.serve.port, {"端口（默认 8412；0 表示任选一个空闲端口）", "Port (default 8412; 0: any free port)"})
        ->check(CLI::Range(0, 65535));
    serve.flag("--open", c.serve.open, {"打开默认浏览器", "Open the default browser"});
    serve.option("--listen", c.serve.listen,
                 {"监听的地址（默认只在本机 127.0.0.1；其他地址会让局域网中的计算机也能访问）",
                  "Address to listen on (default 127.0.0.1 only; another address lets other computers reach it)"});
    serve.option("--max-upload", c.serve.max_upload,
                 {"最大上传文件字节数（默认 64 MiB）", "Largest uploaded file in bytes (default 64 MiB)"});
    c.serve_cmd = &serve.app();

    Definer completion = d.subcommand("completion", {"输出 bash、zsh 或 fish 的命令补全脚本",
                                                     "Print the shell completion script for bash, zsh or fish"});
    completion.choice("shell", c.completion_shell, {"bash", "zsh", "fish"}, {"bash、zsh 或 fish", "bash, zsh or fish"})
        ->required();
    c.completion = &completion.app();

    for (auto* sub : {c.rules, c.explain, c.config, c.parse, c.lsp, c.init, c.completion, c.serve_cmd}) sub->fallthrough();
}

}  // namespace

Language help_language(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--lang" && i + 1 < argc) return parse_language(argv[i + 1]).value_or(Language::Zh);
        if (arg.starts_with("--lang=")) return parse_language(arg.substr(7)).value_or(Language::Zh);
    }
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (!value || !*value) continue;
        std::string_view locale = value;
        if (locale.starts_with("zh")) return Language::Zh;
        if (locale == "C" || locale == "POSIX" || locale.starts_with("C.")) return Language::Zh;
        return Language::En;
    }
    return Language::Zh;
}

void define_cli(CLI::App& app, CliCommands& commands, Language help) {
    Definer d(app, commands, help);
    label_in(app, help);
    app.description(d.tr({"gklint — 政府信息公开工作年度报告合规检查",
                          "gklint — compliance linter for government information-disclosure annual reports"}));
    app.option_defaults()->group(d.tr({"选项", "Options"}));
    app.set_help_flag("-h,--help", d.tr({"显示本帮助并退出", "Print this help message and exit"}));
    app.set_version_flag("--version", fmt::format("gklint {} (plugin ABI {})", GKLINT_VERSION, GKLINT_PLUGIN_ABI_VERSION),
                         d.tr({"显示版本并退出", "Display program version information and exit"}));
    define_lint_options(d, commands);
    define_subcommands(d, commands);
    app.require_subcommand(0, 1);
    app.footer(d.tr(
        {"退出码：0 没有错误；1 发现错误（或警告过多）；2 用法、配置或输入错误。\n"
         "修复与基线：先用 --fix-dry-run 查看，再用 --fix 应用（保持文件编码、换行符和权限）；\n"
         "先 --baseline-write 文件 记录一次，以后用 --baseline 文件 只看新问题（docs/fixes-and-baselines.md）。\n"
         "手册：man gklint；规则说明：gklint explain 规则编号",
         "Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage, configuration or input failure.\n"
         "Fixes and baselines: --fix-dry-run to review, --fix to apply (file encoding, line endings and "
         "permissions kept);\n--baseline-write FILE once, then --baseline FILE to see only new findings "
         "(docs/fixes-and-baselines.md).\nManual: man gklint; a rule: gklint explain RULE"}));
}

}  // namespace gklint
