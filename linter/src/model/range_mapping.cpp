#include "model/range_mapping.h"

namespace gklint {
namespace {

void map(TextRange& r, const OffsetMap& m) { r = m.to_source(r); }
void map(std::optional<TextRange>& r, const OffsetMap& m) {
    if (r) map(*r, m);
}
void map(Heading& h, const OffsetMap& m) {
    map(h.range, m);
    map(h.numbering, m);
}

}  // namespace

void map_model_ranges(ReportModel& model, const OffsetMap& m) {
    if (m.is_identity()) return;
    if (model.title) map(model.title->range, m);
    map(model.intro.basis, m);
    map(model.intro.part_count_range, m);
    map(model.intro.period, m);
    for (auto& p : model.periods) {
        map(p.range, m);
        for (auto* part : {&p.start_year, &p.start_month, &p.start_day, &p.end_year, &p.end_month, &p.end_day})
            if (*part) map((*part)->range, m);
    }
    if (model.signature) {
        map(model.signature->agency_range, m);
        map(model.signature->date_range, m);
    }
    for (auto& s : model.sections) {
        if (s.heading) map(*s.heading, m);
        if (s.misplaced) map(*s.misplaced, m);
        map(s.body, m);
        for (auto& h : s.subheadings) map(h, m);
    }
    for (auto& h : model.level1_order) map(h, m);
    for (auto& p : model.paragraphs) {
        map(p.range, m);
        for (auto& s : p.sentences) map(s.range, m);
    }
    for (auto& n : model.numbers) {
        map(n.range, m);
        map(n.value_range, m);
    }
    for (auto& e : model.enumerations) {
        map(e.range, m);
        map(e.announcement, m);
        for (auto& i : e.items) {
            map(i.range, m);
            map(i.marker, m);
        }
    }
    for (auto& t : model.tables) {
        map(t.range, m);
        for (auto* labels : {&t.captions, &t.rows, &t.columns})
            for (auto& l : *labels) map(l.range, m);
        for (auto& c : t.cells) map(c.range, m);
        for (auto& p : t.problems) map(p.range, m);
    }
}

}  // namespace gklint
