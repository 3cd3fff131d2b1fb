// SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), for GitHub code scanning,
// Azure DevOps, VS Code's SARIF viewer and other SARIF consumers. One run per invocation.
// Columns: run.columnKind is always set (SARIF has no default): utf16CodeUnits under
// --column-unit utf16, unicodeCodePoints otherwise (SARIF has no byte or display kind;
// every region also carries byteOffset/byteLength in the original file).
#include <map>
#include <optional>
#include <ostream>

#include "output/artifact_uri.h"
#include "output/diagnostic_json.h"
#include "output/fix_help.h"
#include "output/formatters.h"
#include "output/place_text.h"
#include "output/doc_links.h"
#include "output/source_span.h"

namespace gklint {
namespace {

constexpr std::string_view kSchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr std::string_view kFingerprintKey = "gklint/v1";

std::string_view sarif_level(Severity severity) {
    switch (severity) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Info: return "note";
    }
    return "error";
}

ColumnUnit sarif_unit(ColumnUnit requested) {
    return requested == ColumnUnit::Utf16 ? ColumnUnit::Utf16 : ColumnUnit::CodePoint;
}

std::string_view column_kind(ColumnUnit unit) {
    return unit == ColumnUnit::Utf16 ? "utf16CodeUnits" : "unicodeCodePoints";
}

std::string_view mime_type(InputFormat format) {
    switch (format) {
        case InputFormat::Markdown: return "text/markdown";
        case InputFormat::Html: return "text/html";
        case InputFormat::Docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        case InputFormat::Pdf: return "application/pdf";
        case InputFormat::Text: break;
    }
    return "text/plain";
}

std::string_view category_of(std::string_view rule_id) { return rule_id.substr(0, rule_id.find('/')); }

// SARIF's "friendly name": article/wrong-number is ArticleWrongNumber.
std::string pascal_case(std::string_view rule_id) {
    std::string name;
    bool upper = true;
    for (char c : rule_id) {
        if (c == '/' || c == '-') {
            upper = true;
            continue;
        }
        name += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        upper = false;
    }
    return name;
}

// The whole lines a range is on, for region.contextRegion.
TextRange whole_lines(const Document& document, TextRange range) {
    std::size_t size = document.text().size();
    std::size_t begin = std::min(range.begin, size);
    std::size_t end = std::min(std::max(range.end, begin), size);
    const LineIndex& lines = document.lines();
    return TextRange{lines.line_start(lines.line_of(begin)), std::max(end, lines.line_end(lines.line_of(end)))};
}

std::string_view decoded_slice(const Document& document, TextRange range) {
    std::string_view text = document.text();
    std::size_t begin = std::min(range.begin, text.size());
    return text.substr(begin, std::min(std::max(range.end, begin), text.size()) - begin);
}

class SarifFormatter : public Formatter {
public:
    explicit SarifFormatter(const OutputOptions& options) : options_(options), unit_(sarif_unit(options.column_unit)) {}

    void file(std::ostream&, const FileResult& result) override {
        const Document& document = result.document;
        std::size_t index = artifacts_.size();
        artifacts_.push_back(artifact_json(document));
        OrderedJson location = artifact_location(document, index);
        for (const auto& d : result.diagnostics) results_.push_back(result_json(document, location, d));
    }

    void end(std::ostream& out, const RunSummary& summary) override {
        OrderedJson driver{{"name", "gklint"}, {"version", GKLINT_VERSION}, {"semanticVersion", GKLINT_VERSION}};
        if (auto home = options_.doc_links.home()) driver["informationUri"] = *home;
        driver["rules"] = std::move(rules_);
        OrderedJson run{
            {"tool", {{"driver", std::move(driver)}}},
            {"invocations", OrderedJson::array({{{"executionSuccessful", summary.failed_files == 0}}})},
            {"originalUriBaseIds",
             {{kSourceRootBaseId, {{"description", {{"text", "The directory gklint was run in."}}}}}}},
            {"artifacts", std::move(artifacts_)},
            {"results", std::move(results_)},
            {"language", options_.language == Language::En ? "en-US" : "zh-CN"},
            {"columnKind", column_kind(unit_)},
        };
        OrderedJson log{{"$schema", kSchemaUri}, {"version", "2.1.0"}, {"runs", OrderedJson::array({std::move(run)})}};
        rules_ = OrderedJson::array();
        artifacts_ = OrderedJson::array();
        results_ = OrderedJson::array();
        rule_index_.clear();
        out << dump_json(log, 2) << '\n';
    }

private:
    OrderedJson artifact_location(const Document& document, std::size_t index) const {
        ArtifactUri uri = artifact_uri(document.path());
        OrderedJson location{{"uri", uri.uri}};
        if (uri.relative) location["uriBaseId"] = kSourceRootBaseId;
        location["index"] = index;
        return location;
    }

    OrderedJson artifact_json(const Document& document) const {
        OrderedJson location = artifact_location(document, 0);
        location.erase("index");
        OrderedJson artifact{{"location", std::move(location)},
                             {"length", document.original_bytes().size()},
                             {"roles", OrderedJson::array({"analysisTarget"})},
                             {"mimeType", mime_type(document.format())}};
        if (document.has_byte_offsets()) artifact["encoding"] = document.encoding();
        return artifact;
    }

    // Text and byte properties of the same region: columns in unit_, bytes of the original file.
    OrderedJson region_json(const Document& document, TextRange range, bool with_snippet) const {
        SourceSpan span = locate(document, range, unit_);
        OrderedJson region{{"startLine", span.start.line},
                           {"startColumn", span.start.column},
                           {"endLine", span.end.line},
                           {"endColumn", span.end.column}};
        if (document.has_byte_offsets()) {
            region["byteOffset"] = span.start.original_offset;
            region["byteLength"] = span.end.original_offset - span.start.original_offset;
        }
        std::string_view snippet = decoded_slice(document, range);
        if (with_snippet && !snippet.empty()) region["snippet"] = {{"text", snippet}};
        OrderedJson place = place_json(document.place(range.begin), options_.language);
        if (!place.is_null()) region["properties"] = std::move(place);
        return region;
    }

    OrderedJson physical_location(const Document& document, const OrderedJson& location, TextRange range) const {
        OrderedJson physical{{"artifactLocation", location}, {"region", region_json(document, range, true)}};
        // SARIF requires a context region to be a proper superset of the region.
        TextRange context = whole_lines(document, range);
        if (context.begin < range.begin || context.end > range.end)
            physical["contextRegion"] = region_json(document, context, true);
        return physical;
    }

    // A physical location, and for formats with places (a Word paragraph, a PDF page, a
    // table cell) the same place as a logical location.
    OrderedJson location_json(const Document& document, const OrderedJson& location, TextRange range) const {
        OrderedJson out{{"physicalLocation", physical_location(document, location, range)}};
        Place place = document.place(range.begin);
        if (!place.empty()) {
            std::string name = place_text(place, options_.language);
            out["logicalLocations"] = OrderedJson::array(
                {{{"name", name}, {"fullyQualifiedName", artifact_uri(document.path()).uri + "#" + name},
                  {"kind", place.table ? "element" : "section"}}});
        }
        return out;
    }

    OrderedJson fix_json(const Document& document, const OrderedJson& location, const Diagnostic& d) const {
        OrderedJson replacement{{"deletedRegion", region_json(document, d.fix->range, false)},
                                {"insertedContent", {{"text", d.fix->replacement}}}};
        OrderedJson change{{"artifactLocation", location}, {"replacements", OrderedJson::array({replacement})}};
        return OrderedJson{{"description", {{"text", describe_fix(document, d, options_.language)}}},
                           {"artifactChanges", OrderedJson::array({std::move(change)})},
                           {"properties", {{"safe", d.fix->safe}}}};
    }

    OrderedJson result_json(const Document& document, const OrderedJson& location, const Diagnostic& d) {
        OrderedJson result{{"ruleId", d.rule_id},
                           {"ruleIndex", rule_index(d.rule_id)},
                           {"level", sarif_level(d.severity)},
                           {"message", {{"text", d.message}}},
                           {"locations", OrderedJson::array({location_json(document, location, d.range)})}};
        if (!d.notes.empty()) {
            OrderedJson related = OrderedJson::array();
            for (std::size_t i = 0; i < d.notes.size(); ++i) {
                const Note& note = d.notes[i];
                OrderedJson physical = physical_location(document, location, note.range);
                if (note.elsewhere) {  // last year's report, as its own artifact
                    ArtifactUri uri = artifact_uri(note.elsewhere->path);
                    OrderedJson artifact{{"uri", uri.uri}};
                    if (uri.relative) artifact["uriBaseId"] = kSourceRootBaseId;
                    physical = OrderedJson{{"artifactLocation", std::move(artifact)},
                                           {"region", {{"startLine", note.elsewhere->line},
                                                       {"startColumn", note.elsewhere->column}}}};
                }
                related.push_back(OrderedJson{{"id", i + 1},
                                              {"physicalLocation", std::move(physical)},
                                              {"message", {{"text", note.message}}}});
            }
            result["relatedLocations"] = std::move(related);
        }
        if (!d.fingerprint.empty()) result["partialFingerprints"] = {{kFingerprintKey, d.fingerprint}};
        if (d.fix) result["fixes"] = OrderedJson::array({fix_json(document, location, d)});
        return result;
    }

    // Rules are listed in the order they first occur; results point at them by index.
    std::size_t rule_index(const std::string& rule_id) {
        auto [it, added] = rule_index_.emplace(rule_id, rules_.size());
        if (added) rules_.push_back(rule_json(rule_id));
        return it->second;
    }

    OrderedJson rule_json(const std::string& rule_id) const {
        bool en = options_.language == Language::En;
        std::optional<std::string> url = options_.doc_links.rule_page(rule_id);
        OrderedJson rule{{"id", rule_id}, {"name", pascal_case(rule_id)}};
        const Rule* known = options_.registry ? options_.registry->find(rule_id) : nullptr;
        if (known) {
            const RuleMeta& meta = known->meta();
            std::string full = meta.summary.zh;
            if (!meta.summary.en.empty() && meta.summary.en != meta.summary.zh)
                full = full.empty() ? meta.summary.en : full + " — " + meta.summary.en;
            rule["shortDescription"] = {{"text", meta.summary.in(options_.language)}};
            rule["fullDescription"] = {{"text", full}};
        }
        std::string help = en ? "Documentation: run `gklint explain " + rule_id + "`" : "文档：运行 `gklint explain " + rule_id + "`";
        if (url) {
            std::string see = en ? ", or see " : "，或见 ";
            rule["help"] = {{"text", help + see + *url}, {"markdown", help + see + "<" + *url + ">"}};
            rule["helpUri"] = *url;
        } else {
            rule["help"] = {{"text", help}, {"markdown", help}};
        }
        if (known) {
            rule["defaultConfiguration"] = {{"level", sarif_level(known->meta().default_severity)}};
            rule["properties"] = {{"tags", OrderedJson::array({category_of(rule_id)})},
                                  {"fixable", known->meta().fixable}};
        } else {
            rule["properties"] = {{"tags", OrderedJson::array({category_of(rule_id)})}};
        }
        return rule;
    }

    OutputOptions options_;
    ColumnUnit unit_;
    OrderedJson rules_ = OrderedJson::array();
    OrderedJson artifacts_ = OrderedJson::array();
    OrderedJson results_ = OrderedJson::array();
    std::map<std::string, std::size_t, std::less<>> rule_index_;
};

}  // namespace

std::unique_ptr<Formatter> make_sarif_formatter(const OutputOptions& options) {
    return std::make_unique<SarifFormatter>(options);
}

}  // namespace gklint
