// A plugin that reads the report model through the C ABI (with the C++ layer)
// and reports what it sees, so tests can check the model access end to end.
#include <gklint/plugin.hpp>

#include <sstream>
#include <string>

namespace {

using gklint::plugin::Context;
using gklint::plugin::view;

void check_model(Context& ctx) {
    if (!ctx.has_model()) {
        ctx.report({0, 0}, "no model");
        return;
    }
    gklint_report_info info = ctx.report_info();
    std::ostringstream head;
    head << "format " << view(info.format) << " year " << info.year << " traditional " << info.traditional
         << " pinyin " << (info.pinyin_annotations > 0 ? "yes" : "no");
    ctx.report({0, 0}, head.str());
    std::ostringstream evidence;
    evidence << "expected " << view(info.expected_format) << " evidence";
    for (const auto& e : ctx.format_evidence()) evidence << " " << view(e.format) << ":" << view(e.label);
    ctx.report({0, 0}, evidence.str());

    for (const auto& p : ctx.periods()) {
        std::ostringstream m;
        m << "period kind " << p.kind << " from " << p.start_year.value << "-" << p.start_month.value << "-"
          << p.start_day.value << " to " << (p.end_year.present ? p.end_year.value : 0) << "-" << p.end_month.value
          << "-" << p.end_day.value;
        ctx.report(p.range, m.str());
        if (p.end_year.present) ctx.report(p.end_year.range, "period end year");
    }

    auto sections = ctx.sections();
    for (std::size_t i = 0; i < sections.size(); ++i) {
        const auto& s = sections[i];
        if (!s.present) continue;
        std::ostringstream m;
        m << "section " << view(s.key) << " " << s.number << " subheadings " << ctx.subheadings(s, i).size();
        ctx.report(s.heading, m.str());
    }
    for (const auto& t : ctx.tables()) {
        std::ostringstream m;
        m << "table " << t.key() << " parsed " << t.info.parsed << " cells " << t.cells.size() << " rows "
          << t.rows.size() << " problems " << t.problems.size();
        ctx.report(t.info.range, m.str());
        if (const gklint_cell_info* c = t.cell("", "new", "total")) {
            std::ostringstream cm;
            cm << "new total " << c->value << " raw " << view(c->raw);
            ctx.report(c->range, cm.str());
        }
        for (const auto& caption : t.captions)
            if (caption.found && !caption.exact) ctx.report(caption.range, "caption " + std::string(view(caption.written)));
    }
    for (const auto& e : ctx.enumerations())
        if (e.info.announced >= 0) {
            std::ostringstream m;
            m << "enumeration announced " << e.info.announced << " items " << e.items.size();
            ctx.report(e.info.announcement, m.str());
        }
    std::size_t counts = 0;
    for (const auto& n : ctx.numbers()) counts += view(n.role) == "count";
    ctx.report({0, 0}, "counts " + std::to_string(counts > 0 ? 1 : 0));
    auto paragraphs = ctx.paragraphs();
    if (!paragraphs.empty()) ctx.report(paragraphs.front().range, "first paragraph sentences " +
                                            std::to_string(ctx.sentences(0, paragraphs.front()).size()));

    // Matching on the normalised text, reporting on the original.
    std::string_view normalized = ctx.normalized_text();
    std::string_view want = "总体情况";
    if (std::size_t at = normalized.find(want); at != std::string_view::npos)
        ctx.report(ctx.to_document(gklint_range{at, at + want.size()}), "normalized 总体情况");

    // Last year's report, when the host has one: read like this one, never reported on.
    if (auto last = ctx.previous()) {
        gklint_report_info before = last->report_info();
        ctx.report({0, 0}, "previous " + std::string(last->path()) + " year " + std::to_string(before.year) +
                               " tables " + std::to_string(last->tables().size()));
        gklint_diagnostic d{sizeof(gklint_diagnostic), {0, 0}, "on last year's report", nullptr, 0, nullptr};
        int accepted = ctx.host()->report(last->raw(), &d);
        ctx.report({0, 0}, "report on previous accepted " + std::to_string(accepted));
        ctx.report({0, 0}, "previous of previous " + std::string(last->previous() ? "yes" : "no"));
    } else {
        ctx.report({0, 0}, "no previous");
    }
}

const gklint_rule_decl kRules[] = {
    gklint::plugin::rule<check_model>("test/model-reader", GKLINT_SEVERITY_INFO, "读取报告模型", "Reads the report model"),
};

}  // namespace

GKLINT_DEFINE_PLUGIN("model-reader", "1.0.0", kRules)
