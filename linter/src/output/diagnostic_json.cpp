#include "output/diagnostic_json.h"

#include "output/place_text.h"
#include "output/source_span.h"

namespace gklint {
namespace {

OrderedJson position_json(const Position& p) {
    return OrderedJson{{"line", p.line}, {"column", p.column}, {"offset", p.original_offset}};
}

OrderedJson range_json(const Document& document, TextRange range, ColumnUnit unit) {
    SourceSpan span = locate(document, range, unit);
    return OrderedJson{{"start", position_json(span.start)}, {"end", position_json(span.end)}};
}

}  // namespace

OrderedJson diagnostic_json(const Document& document, const Diagnostic& d, ColumnUnit unit, Language language) {
    OrderedJson notes = OrderedJson::array();
    for (const auto& note : d.notes) {
        OrderedJson n{{"message", note.message}, {"range", range_json(document, note.range, unit)}};
        // A note at last year's report: its path, line and column (code points) there.
        if (note.elsewhere)
            n["elsewhere"] = OrderedJson{
                {"path", note.elsewhere->path}, {"line", note.elsewhere->line}, {"column", note.elsewhere->column}};
        notes.push_back(std::move(n));
    }
    OrderedJson fix = nullptr;
    if (d.fix)
        fix = OrderedJson{{"range", range_json(document, d.fix->range, unit)},
                          {"replacement", d.fix->replacement},
                          {"safe", d.fix->safe}};
    OrderedJson out{{"ruleId", d.rule_id},
                    {"severity", severity_name(d.severity)},
                    {"message", d.message},
                    {"range", range_json(document, d.range, unit)},
                    {"notes", std::move(notes)},
                    {"fix", std::move(fix)},
                    {"fingerprint", d.fingerprint}};
    OrderedJson place = place_json(document.place(d.range.begin), language);
    if (!place.is_null()) out["place"] = std::move(place);
    return out;
}

std::string dump_json(const OrderedJson& value, int indent) {
    return value.dump(indent, ' ', false, OrderedJson::error_handler_t::replace);
}

}  // namespace gklint
