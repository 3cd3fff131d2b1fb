#include "serve/lint_service.h"

#include <algorithm>
#include <array>
#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "app/info_commands.h"
#include "app/lint_job.h"
#include "config/config.h"
#include "fix/fix_runner.h"
#include "model/analysis.h"
#include "output/formatter.h"
#include "serve/document_view.h"

namespace gklint::serve {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 2> kProfiles{"recommended", "strict"};
constexpr std::array<std::string_view, 3> kFormats{"auto", "2019", "2021"};
// Uploads live nowhere: this folder is only their configuration's virtual place.
constexpr const char* kVirtualFolder = "/gklint-serve/";

// The upload's name without any folder, for the reader (which goes by its extension) and
// the messages.
std::string display_name(const std::string& filename) {
    std::size_t slash = filename.find_last_of("/\\");
    std::string name = slash == std::string::npos ? filename : filename.substr(slash + 1);
    return name.empty() ? "report.txt" : name;
}

// The reader's reason is technical and English ("not a zip archive"); the clerk first reads
// that the file could not be read.
UploadError unreadable(const std::string& name, const LintOutcome& outcome, bool en) {
    std::string why = outcome.error.value_or("?");
    return UploadError(en ? name + ": cannot be read: " + why : name + "：无法读取这个文件（" + why + "）");
}

}  // namespace

bool LintService::knows(const LintSettings& settings) const {
    return rule_sets_.contains({settings.profile, settings.format});
}

LintService::LintService(std::unique_ptr<Engine> engine, std::size_t max_file_size)
    : engine_(std::move(engine)), max_file_size_(max_file_size) {
    RuleSetCache cache;
    std::string virtual_path = std::string(kVirtualFolder) + "report.txt";
    for (std::string_view profile : kProfiles) {
        ConfigResolver resolver(ConfigOptions{
            engine_->paths.config_dir, engine_->paths.config_dir + "/profiles/" + std::string(profile) + ".yaml", false});
        const EffectiveConfig& base = resolver.for_file(virtual_path);
        load_config_extensions(base, engine_->registry, engine_->plugins);
        for (std::string_view format : kFormats) {
            EffectiveConfig config = base;
            if (format != "auto") {
                RuleSetting setting;
                setting.rule_id = "article/wrong-number";
                setting.options["format"] = std::make_shared<const YAML::Node>(YAML::Node(std::string(format)));
                setting.file = "gklint serve";
                config.rules.push_back(std::move(setting));
            }
            rule_sets_[{std::string(profile), std::string(format)}] =
                cache.intern(config.enabled_rules(engine_->registry, virtual_path));
        }
    }
}

LintService::Linted LintService::lint_upload(const std::string& filename, std::string bytes,
                                             const LintSettings& settings) const {
    std::string name = display_name(filename);
    Linted linted{LintJob{name, true, std::move(bytes), rule_sets_.at({settings.profile, settings.format}),
                          &engine_->templates},
                  LintOptions{}, {}};
    linted.options.language = settings.language;
    linted.options.max_file_size = max_file_size_;
    linted.options.jobs = 1;
    linted.outcome = lint_one(linted.job, linted.options);
    if (!linted.outcome.document) throw unreadable(name, linted.outcome, settings.language == Language::En);
    return linted;
}

json LintService::lint(const std::string& filename, std::string bytes, const LintSettings& settings) const {
    bool en = settings.language == Language::En;
    Linted linted = lint_upload(filename, std::move(bytes), settings);
    const LintOutcome& outcome = linted.outcome;
    const Document& document = *outcome.document;

    // The file object of --format json (the run's summary around it is not needed).
    OutputOptions output{ColumnUnit::CodePoint, settings.language, false, &engine_->registry, DocLinks()};
    std::ostringstream text;
    auto formatter = make_formatter("json", output);
    formatter->begin(text);
    formatter->file(text, FileResult{document, outcome.diagnostics});
    formatter->end(text, RunSummary{});
    json result = json::parse(text.str())["files"][0];

    json explanations = json::object();
    for (const auto& d : outcome.diagnostics) {
        if (explanations.contains(d.rule_id)) continue;
        if (const Rule* rule = engine_->registry.find(d.rule_id))
            explanations[d.rule_id] = explanation(*engine_, *rule, settings.language);
    }
    std::size_t safe_fixes = static_cast<std::size_t>(std::count_if(
        outcome.diagnostics.begin(), outcome.diagnostics.end(), [](const Diagnostic& d) { return d.fix && d.fix->safe; }));
    json originals = json::array();  // what each fix replaces, for "改为" on the page
    for (const auto& d : outcome.diagnostics) {
        if (!d.fix) originals.push_back(nullptr);
        else originals.push_back(std::string(document.text().substr(d.fix->range.begin, d.fix->range.end - d.fix->range.begin)));
    }
    Analysis analysis(document, &engine_->templates);
    return {{"result", std::move(result)},
            {"fixOriginals", std::move(originals)},
            {"view", document_view(document, analysis.model(), outcome.diagnostics)},
            {"explanations", std::move(explanations)},
            {"fixable", safe_fixes},
            {"fixesApply", document.fix_refusal(en).empty()},
            {"fixRefusal", document.fix_refusal(en)}};
}

LintService::Fixed LintService::fix(const std::string& filename, std::string bytes, const LintSettings& settings) const {
    Linted linted = lint_upload(filename, std::move(bytes), settings);
    const std::string& refusal = linted.outcome.document->fix_refusal(settings.language == Language::En);
    if (!refusal.empty()) throw UploadError(refusal);
    FileFixResult result = fix_in_memory(linted.job, linted.outcome, linted.options);
    return {std::string(linted.outcome.document->original_bytes()), result.applied};
}

}  // namespace gklint::serve
