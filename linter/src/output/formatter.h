#pragma once
// Output formats. One Formatter per run: begin, one call per linted file, end.
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "core/language.h"
#include "core/registry.h"
#include "output/doc_links.h"
#include "text/columns.h"

namespace gklint {

struct OutputOptions {
    ColumnUnit column_unit = ColumnUnit::CodePoint;
    Language language = Language::Zh;
    bool color = false;
    const RuleRegistry* registry = nullptr;  // for rule summaries
    DocLinks doc_links;                      // SARIF and reviewdog link each rule to its page
};

struct FileResult {
    const Document& document;
    const std::vector<Diagnostic>& diagnostics;
};

struct RunSummary {
    std::size_t files = 0;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t infos = 0;
    std::size_t fixable = 0;
    std::size_t failed_files = 0;  // missing, unreadable or undecodable inputs (exit code 2)
};

class Formatter {
public:
    virtual ~Formatter() = default;
    virtual void begin(std::ostream&) {}
    virtual void file(std::ostream& out, const FileResult& result) = 0;
    virtual void end(std::ostream&, const RunSummary&) {}
};

// "human", "gcc", "json", "jsonl", "sarif", "rdjson", "rdjsonl", "checkstyle", "junit".
// Returns nullptr for an unknown name.
std::unique_ptr<Formatter> make_formatter(std::string_view name, const OutputOptions& options);
std::vector<std::string_view> formatter_names();

}  // namespace gklint
