#include "output/model_json.h"

#include <cstdio>

#include "output/place_text.h"

namespace gklint {
namespace {

using nlohmann::json;

std::string fmt_date(const Signature& s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", *s.year, s.month.value_or(0), s.day.value_or(0));
    return buf;
}

class Writer {
public:
    Writer(const Document& d, ColumnUnit u) : doc_(d), unit_(u) {}

    json range(TextRange r) const {
        Position b = doc_.position(r.begin, unit_), e = doc_.position(r.end, unit_);
        return json{{"start", {{"line", b.line}, {"column", b.column}, {"offset", b.original_offset}}},
                    {"end", {{"line", e.line}, {"column", e.column}, {"offset", e.original_offset}}}};
    }
    json optional_range(const std::optional<TextRange>& r) const { return r ? range(*r) : json(nullptr); }

    json heading(const Heading& h) const {
        return json{{"level", h.level}, {"number", h.number}, {"text", h.text}, {"title", h.title},
                    {"range", range(h.range)}, {"numbering", range(h.numbering)}};
    }

    json label(const LabelMatch& l) const {
        return json{{"key", l.key}, {"expected", l.expected}, {"written", l.written}, {"found", l.found},
                    {"exact", l.exact}, {"range", l.found ? range(l.range) : json(nullptr)}};
    }

    json cell(const Cell& c) const {
        static const char* kinds[] = {"number", "blank", "placeholder", "text", "missing"};
        json j{{"row", c.row}, {"column", c.column}, {"kind", kinds[static_cast<int>(c.kind)]}, {"raw", c.raw},
               {"range", range(c.range)}};
        if (!c.block.empty()) j["block"] = c.block;
        j["value"] = c.value ? json(*c.value) : json(nullptr);
        if (!c.unit.empty()) j["unit"] = c.unit;
        if (c.inferred_split) j["inferred_split"] = true;
        if (c.row_label.size()) j["row_label"] = c.row_label;
        Place place = doc_.place(c.range.begin);
        if (!place.empty()) j["place"] = place_json(place, Language::Zh);
        return j;
    }

    json table(const Table& t) const {
        json j{{"key", t.key}, {"title", t.title_zh}, {"present", t.present}, {"parsed", t.parsed}, {"layout", t.layout}};
        j["range"] = t.present ? range(t.range) : json(nullptr);
        for (const char* which : {"captions", "rows", "columns"}) j[which] = json::array();
        for (const auto& l : t.captions) j["captions"].push_back(label(l));
        for (const auto& l : t.rows) j["rows"].push_back(label(l));
        for (const auto& l : t.columns) j["columns"].push_back(label(l));
        j["cells"] = json::array();
        for (const auto& c : t.cells) j["cells"].push_back(cell(c));
        j["problems"] = json::array();
        for (const auto& p : t.problems)
            j["problems"].push_back({{"range", range(p.range)}, {"message", p.message_zh}, {"message_en", p.message_en}});
        return j;
    }

    json model(const ReportModel& m) const {
        json j;
        j["path"] = doc_.path();
        j["encoding"] = doc_.encoding();
        j["input_format"] = std::string(input_format_name(doc_.format()));
        j["format"] = {{"version", m.format.version}, {"mixed", m.format.mixed},
                       {"year", m.year ? json(*m.year) : json(nullptr)},
                       {"evidence_2019", m.format.evidence_2019}, {"evidence_2021", m.format.evidence_2021}};
        j["traditional"] = m.traditional;
        j["pinyin_annotations"] = m.pinyin_annotations;
        j["normalisations"] = m.normalisations;
        j["title"] = m.title ? json{{"text", m.title->text}, {"agency", m.title->agency},
                                    {"year", m.title->year ? json(*m.title->year) : json(nullptr)},
                                    {"range", range(m.title->range)}}
                             : json(nullptr);
        j["intro"] = {{"basis", optional_range(m.intro.basis)},
                      {"part_count", m.intro.part_count ? json(*m.intro.part_count) : json(nullptr)},
                      {"part_count_range", optional_range(m.intro.part_count_range)},
                      {"period", optional_range(m.intro.period)},
                      {"period_start", m.intro.period_start},
                      {"period_end", m.intro.period_end}};
        j["periods"] = json::array();
        for (const auto& p : m.periods) {
            static constexpr const char* kKinds[] = {"range", "whole-year", "cut-off"};
            json period = {{"kind", kKinds[static_cast<int>(p.kind)]}, {"range", range(p.range)}};
            auto part = [&](const char* name, const std::optional<DatePart>& d) {
                period[name] = d ? json{{"value", d->value}, {"range", range(d->range)}} : json(nullptr);
            };
            part("start_year", p.start_year);
            part("start_month", p.start_month);
            part("start_day", p.start_day);
            part("end_year", p.end_year);
            part("end_month", p.end_month);
            part("end_day", p.end_day);
            j["periods"].push_back(std::move(period));
        }
        if (m.signature) {
            j["signature"] = {{"agency", m.signature->agency}, {"agency_range", optional_range(m.signature->agency_range)},
                              {"date_range", optional_range(m.signature->date_range)},
                              {"date", m.signature->year ? json(fmt_date(*m.signature)) : json(nullptr)}};
        } else {
            j["signature"] = nullptr;
        }
        j["sections"] = json::array();
        for (const auto& s : m.sections) {
            json sj{{"key", s.key}, {"number", s.number}, {"present", s.present}};
            sj["heading"] = s.heading ? heading(*s.heading) : json(nullptr);
            sj["body"] = s.present ? range(s.body) : json(nullptr);
            sj["subheadings"] = json::array();
            for (const auto& h : s.subheadings) sj["subheadings"].push_back(heading(h));
            j["sections"].push_back(sj);
        }
        j["paragraphs"] = json::array();
        for (const auto& p : m.paragraphs)
            j["paragraphs"].push_back({{"range", range(p.range)}, {"section", p.section}, {"sentences", p.sentences.size()}});
        j["numbers"] = json::array();
        for (const auto& n : m.numbers)
            j["numbers"].push_back({{"value", n.value}, {"unit", n.unit}, {"role", n.role}, {"range", range(n.range)}});
        j["enumerations"] = json::array();
        for (const auto& e : m.enumerations) {
            json ej{{"style", e.style}, {"range", range(e.range)}, {"items", json::array()}};
            ej["announced"] = e.announced ? json(*e.announced) : json(nullptr);
            ej["announcement"] = optional_range(e.announcement);
            for (const auto& i : e.items) ej["items"].push_back({{"number", i.number}, {"marker", range(i.marker)}});
            j["enumerations"].push_back(ej);
        }
        j["tables"] = json::array();
        for (const auto& t : m.tables) j["tables"].push_back(table(t));
        return j;
    }

private:
    const Document& doc_;
    ColumnUnit unit_;
};

}  // namespace

nlohmann::json model_to_json(const Document& document, const ReportModel& model, ColumnUnit unit) {
    return Writer(document, unit).model(model);
}

}  // namespace gklint
