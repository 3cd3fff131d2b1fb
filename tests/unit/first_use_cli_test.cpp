// First use (issue 14): gklint init, the help in the reader's language, the shell completions.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>

#include "app/init_command.h"
#include "support/process.h"
#include "support/temp_tree.h"
#include "support/test_paths.h"

namespace gklint::test {
namespace {

namespace fs = std::filesystem;

std::string contents(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(Init, WritesAStarterConfigurationThatGklintAccepts) {
    TempTree dir;
    auto r = run_gklint({"init"}, {}, {}, dir.root());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find(".gklint.yaml"), std::string::npos) << r.out;
    std::string written = contents(dir.path(".gklint.yaml"));
    EXPECT_EQ(written, starter_config(Language::Zh));
    EXPECT_NE(written.find("extends: [gklint:recommended]"), std::string::npos);
    EXPECT_NE(written.find("article/wrong-number: {format: auto}"), std::string::npos);

    // The folder's reports are linted under it: the configuration is valid and applies.
    fs::copy_file(source_path("examples/004_dc050822b7b0f109.txt"), dir.path("004.txt"));
    auto lint = run_gklint({"--format", "gcc", "."}, {}, {}, dir.root());
    EXPECT_EQ(lint.exit_code, 1) << lint.err;
    EXPECT_NE(lint.out.find("004.txt:45:2: error:"), std::string::npos) << lint.out << lint.err;
    auto config = run_gklint({"config", "--print", "004.txt"}, {}, {}, dir.root());
    EXPECT_EQ(config.exit_code, 0) << config.err;
    EXPECT_NE(config.out.find(".gklint.yaml"), std::string::npos) << config.out;
}

TEST(Init, EveryCommentedOutSettingIsValidWhenEnabled) {
    // Uncommenting the examples must give a configuration gklint accepts.
    for (Language language : {Language::Zh, Language::En}) {
        TempTree dir;
        std::string text = starter_config(language);
        std::string enabled;
        std::istringstream in(text);
        for (std::string line; std::getline(in, line);) {
            if (line.starts_with("  # ") && line.find(": ") != std::string::npos && line.find('/') != std::string::npos &&
                line.find("：") == std::string::npos && line.find("(") == std::string::npos)
                line = "  " + line.substr(4);
            enabled += line + "\n";
        }
        ASSERT_NE(enabled, text);
        std::ofstream(dir.path(".gklint.yaml")) << enabled;
        fs::copy_file(source_path("examples/004_dc050822b7b0f109.txt"), dir.path("r.txt"));
        auto r = run_gklint({"config", "--print", "r.txt"}, {}, {}, dir.root());
        EXPECT_EQ(r.exit_code, 0) << r.err << enabled;
        EXPECT_NE(r.out.find("narrative/government-topics: off"), std::string::npos) << r.out;
    }
}

TEST(Init, NeverOverwrites) {
    TempTree dir;
    std::ofstream(dir.path(".gklint.yml")) << "root: true\n";
    auto r = run_gklint({"init", dir.root()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("已存在"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir.path(".gklint.yaml")));
    std::ofstream(dir.path(".gklint.yaml")) << "# mine\n";
    r = run_gklint({"init", dir.root(), "--lang", "en"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("already exists"), std::string::npos) << r.err;
    EXPECT_EQ(contents(dir.path(".gklint.yaml")), "# mine\n");
    EXPECT_EQ(run_gklint({"init", dir.path("no-such-folder")}).exit_code, 2);
}

TEST(Help, FollowsLangThenTheLocale) {
    auto zh = run_gklint({"--help"}, {}, {"LANG=zh_CN.UTF-8", "LC_ALL=", "LC_MESSAGES="});
    EXPECT_EQ(zh.exit_code, 0);
    EXPECT_NE(zh.out.find("用法"), std::string::npos) << zh.out;
    EXPECT_NE(zh.out.find("输出格式"), std::string::npos);
    auto en = run_gklint({"--help"}, {}, {"LANG=en_US.UTF-8", "LC_ALL=", "LC_MESSAGES="});
    EXPECT_NE(en.out.find("Usage"), std::string::npos) << en.out;
    EXPECT_NE(en.out.find("Output format"), std::string::npos);
    EXPECT_EQ(en.out.find("用法"), std::string::npos);
    // --lang wins over the locale, for gklint's help and every command's.
    auto forced = run_gklint({"explain", "--help", "--lang", "zh"}, {}, {"LC_ALL=en_US.UTF-8"});
    EXPECT_NE(forced.out.find("规则编号"), std::string::npos) << forced.out;
    auto forced_en = run_gklint({"--lang=en", "audit", "--help"}, {}, {"LC_ALL=zh_CN.UTF-8"});
    EXPECT_NE(forced_en.out.find("Output directory"), std::string::npos) << forced_en.out;
    // No locale at all (a service, a container): Chinese, gklint's default language.
    auto none = run_gklint({"init", "--help"}, {}, {"LANG=", "LC_ALL=", "LC_MESSAGES="});
    EXPECT_NE(none.out.find("入门配置"), std::string::npos) << none.out;
}

TEST(Completion, ScriptsNameEveryCommandAndChoice) {
    for (std::string shell : {"bash", "zsh", "fish"}) {
        auto r = run_gklint({"completion", shell});
        ASSERT_EQ(r.exit_code, 0) << r.err;
        for (std::string word : {"explain", "init", "audit", "fix-dry-run", "column-unit", "checkstyle", "rules --format ids"})
            EXPECT_NE(r.out.find(word), std::string::npos) << shell << " lacks " << word;
    }
    EXPECT_EQ(run_gklint({"completion", "powershell"}).exit_code, 2);
}

TEST(Explain, ConfigurationKeysPrintTheirSectionOfTheConfigurationPage) {
    auto extends = run_gklint({"explain", "extends"});
    ASSERT_EQ(extends.exit_code, 0) << extends.err;
    EXPECT_EQ(extends.out.rfind("### `extends`\n", 0), 0u) << extends.out;
    EXPECT_NE(extends.out.find("gklint:strict"), std::string::npos);
    EXPECT_EQ(extends.out.find("### `rules`"), std::string::npos) << "only the key's own section";
    auto ignore = run_gklint({"explain", "ignore"});
    EXPECT_EQ(ignore.out.rfind("### `files` and `ignore`", 0), 0u) << ignore.out;
    auto setting = run_gklint({"explain", "docs-url"});
    EXPECT_NE(setting.out.find("--docs-url"), std::string::npos) << setting.out;
    auto unknown = run_gklint({"explain", "extend"});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("unknown rule or configuration key 'extend'"), std::string::npos) << unknown.err;
}

// Every command and option gklint's help names is in both man pages (as roff writes them).
TEST(ManPages, NameEveryCommandAndOption) {
    std::vector<std::string> helps{run_gklint({"--help", "--lang", "en"}).out};
    for (std::string command : {"rules", "explain", "config", "parse", "audit", "lsp", "init", "completion", "serve"}) {
        auto help = run_gklint({command, "--help", "--lang", "en"});
        ASSERT_EQ(help.exit_code, 0) << command;
        helps.push_back(".B " + command + "\n" + help.out);
    }
    std::regex option("--[a-z][a-z-]+");
    for (std::string page : {"docs/man/gklint.1", "docs/man/zh_CN/gklint.1"}) {
        std::string roff = contents(source_path(page));
        for (const auto& help : helps) {
            for (std::sregex_iterator it(help.begin(), help.end(), option), end; it != end; ++it) {
                std::string name = it->str();
                std::string escaped;
                for (char c : name) escaped += c == '-' ? std::string("\\-") : std::string(1, c);
                EXPECT_NE(roff.find(escaped), std::string::npos) << page << " lacks " << name;
            }
            std::string command = help.starts_with(".B ") ? help.substr(0, help.find('\n')) : "";
            if (!command.empty()) {
                EXPECT_NE(roff.find(command), std::string::npos) << page << " lacks " << command;
            }
        }
    }
}

TEST(Rules, IdsFormatListsOneIdALine) {
    auto r = run_gklint({"rules", "--format", "ids"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("\narticle/wrong-number\n"), std::string::npos);
    EXPECT_EQ(r.out.find(' '), std::string::npos);
}

}  // namespace
}  // namespace gklint::test
