#include "model/model_builder.h"

#include "model/format_detection.h"
#include "model/front_matter.h"
#include "model/prose.h"
#include "model/range_mapping.h"
#include "model/sections.h"
#include "model/statistics_period.h"
#include "model/table_parser.h"

namespace gklint {

namespace {

std::vector<TableGrid> in_normalized_offsets(std::vector<TableGrid> grids, const OffsetMap& map) {
    if (map.is_identity()) return grids;
    for (auto& g : grids) {
        g.range = map.from_source(g.range);
        for (auto& c : g.cells) c.range = map.from_source(c.range);
    }
    return grids;
}

}  // namespace

ReportModel build_report_model(std::string_view /*decoded*/, const NormalizedText& normalized,
                               const TemplateSet& templates, const std::vector<TableGrid>& grids) {
    ReportModel model;
    std::string_view text = normalized.text();
    model.traditional = normalized.traditional;
    model.pinyin_annotations = normalized.pinyin_annotations;
    if (normalized.traditional_chars > 0) model.normalisations.push_back("traditional-to-simplified");
    if (normalized.pinyin_annotations > 0) model.normalisations.push_back("pinyin-removed");

    std::optional<int> year = report_year(text);
    model.format = detect_format(text, templates, year);
    const ReportTemplate* tmpl = templates.find(model.format.version);
    if (tmpl) {
        SectionScan scan = find_sections(text, *tmpl);
        model.sections = std::move(scan.sections);
        model.level1_order = std::move(scan.level1_order);
        model.tables = parse_tables(text, *tmpl, model.sections, in_normalized_offsets(grids, normalized.map));
    }
    model.title = find_title(text, model.sections);
    model.intro = find_intro_facts(text, model.sections);
    model.periods = find_statistics_periods(text, model.tables);
    take_period(model.intro, model.periods);
    model.signature = find_signature(text, model.sections);
    model.year = report_year_of(model);
    if (model.year && model.year != model.format.year_hint) {
        const ReportTemplate* by_year = templates.for_year(*model.year);
        model.format.expected_version = by_year ? by_year->id : std::string();
    }
    model.paragraphs = find_paragraphs(text, model.sections, model.tables);
    model.numbers = find_numbers(text, model.paragraphs);
    model.enumerations = find_enumerations(text, model.paragraphs);
    find_subheadings(text, model.paragraphs, model.sections);
    map_model_ranges(model, normalized.map);
    return model;
}

}  // namespace gklint
