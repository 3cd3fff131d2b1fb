#pragma once
// What `gklint serve` does with an uploaded report: lint it in memory as the command line
// would (same readers, limits and errors, the same JSON as --format json), render it for the
// page, and apply its safe fixes. Nothing is written to disk. Safe to call from several
// threads at once: the rule sets for every page setting are built when the service starts.
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "app/engine_setup.h"
#include "app/lint_job.h"
#include "core/language.h"
#include "core/rule_set_cache.h"

namespace gklint::serve {

// The page's settings.
struct LintSettings {
    std::string profile = "recommended";  // recommended | strict (config/profiles)
    std::string format = "auto";          // auto | 2019 | 2021: the report format's item list
    Language language = Language::Zh;
};

// A report the service cannot lint: the message is for the page, in the settings' language.
class UploadError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class LintService {
public:
    // Throws std::runtime_error when the built-in profiles cannot be resolved.
    LintService(std::unique_ptr<Engine> engine, std::size_t max_file_size);

    // {"result": <the file of --format json>, "view": <document_view>, "explanations": {rule: text},
    //  "fixOriginals": [the text each finding's fix replaces, or null], "fixable": N safe fixes,
    //  "fixesApply": whether fixes are written for this kind of file, "fixRefusal": why not}
    // Throws UploadError when the upload cannot be read (empty, corrupt, too large, …).
    nlohmann::json lint(const std::string& filename, std::string bytes, const LintSettings& settings) const;

    struct Fixed {
        std::string bytes;      // the corrected file, in the upload's encoding and line endings
        std::size_t applied = 0;
    };
    // The upload with every safe fix applied (re-linted, up to the CLI's passes).
    Fixed fix(const std::string& filename, std::string bytes, const LintSettings& settings) const;

    // Whether the settings name a profile and a format the service has rules for.
    bool knows(const LintSettings& settings) const;

private:
    struct Linted {
        LintJob job;
        LintOptions options;
        LintOutcome outcome;  // with a document: an unreadable upload throws UploadError
    };
    Linted lint_upload(const std::string& filename, std::string bytes, const LintSettings& settings) const;

    std::unique_ptr<Engine> engine_;
    std::size_t max_file_size_;
    std::map<std::pair<std::string, std::string>, SharedRules> rule_sets_;  // (profile, format)
};

}  // namespace gklint::serve
