// libFuzzer target: bytes -> Document (decode) -> Analysis (normalise) -> report model.
// Every range of the model is resolved to a position and every string is read, so
// ASan/UBSan see each piece the model hands to rules. Non-text input (InputError)
// is the only expected exception; anything else escapes and is a finding.
//
// Invariants checked (abort = finding): every TextRange has begin <= end <= text size,
// and position() of both ends yields a line within the document.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/diagnostic.h"
#include "core/document.h"
#include "model/analysis.h"
#include "model/report_model.h"
#include "model/report_template.h"
#include "text/decoder.h"

#ifndef GKLINT_SOURCE_DIR
#error "GKLINT_SOURCE_DIR must be defined"
#endif

namespace {

bool allow_inverted() {
    static const bool allow = [] {
        const char* v = std::getenv("GKLINT_FUZZ_ALLOW_INVERTED");
        return v && *v && *v != '0';
    }();
    return allow;
}

const gklint::TemplateSet& templates() {
    static const gklint::TemplateSet set = [] {
        const char* dir = std::getenv("GKLINT_FUZZ_TEMPLATES");
        return gklint::load_templates(dir && *dir ? dir : GKLINT_SOURCE_DIR "/rules/templates");
    }();
    return set;
}

class Toucher {
public:
    explicit Toucher(const gklint::Document& doc) : doc_(doc), size_(doc.text().size()) {}

    void range(gklint::TextRange r, const char* what) {
        // GKLINT_FUZZ_ALLOW_INVERTED=1 tolerates begin > end, to look for other bugs while an
        // inverted range is known and unfixed (as empty ranges after removed pinyin were until
        // a5899f8; fuzz/regressions/crash-inverted-*).
        if (r.begin > r.end && allow_inverted() && r.begin <= size_) std::swap(r.begin, r.end);
        if (r.begin > r.end || r.end > size_) {
            std::fprintf(stderr, "model_fuzzer: bad %s range [%zu, %zu) for text of %zu bytes\n", what,
                         r.begin, r.end, size_);
            std::abort();
        }
        for (auto offset : {r.begin, r.end}) {
            gklint::Position p = doc_.position(offset, gklint::ColumnUnit::CodePoint);
            if (p.line == 0 || p.line > doc_.lines().count() || p.column == 0 ||
                p.original_offset > doc_.original_bytes().size()) {
                std::fprintf(stderr, "model_fuzzer: %s offset %zu -> bad position %zu:%zu (original offset %zu of %zu)\n",
                             what, offset, p.line, p.column, p.original_offset, doc_.original_bytes().size());
                std::abort();
            }
            sink_ += p.line + p.column + p.original_offset;
        }
        bytes(doc_.text().substr(r.begin, r.end - r.begin));
    }
    void range(const std::optional<gklint::TextRange>& r, const char* what) {
        if (r) range(*r, what);
    }
    void bytes(std::string_view s) {
        for (char c : s) sink_ = sink_ * 31 + static_cast<unsigned char>(c);
    }
    void number(double v) { sink_ += std::isnan(v) ? 0 : 1; }
    std::size_t sink() const { return sink_; }
    std::size_t size() const { return size_; }

private:
    const gklint::Document& doc_;
    std::size_t size_;
    std::size_t sink_ = 0;
};

void touch_heading(Toucher& t, const gklint::Heading& h) {
    t.bytes(h.text);
    t.bytes(h.title);
    t.range(h.range, "heading");
    t.range(h.numbering, "heading numbering");
}

void touch_label(Toucher& t, const gklint::LabelMatch& l) {
    t.bytes(l.key);
    t.bytes(l.expected);
    t.bytes(l.written);
    t.range(l.range, "label");
}

void touch_model(Toucher& t, const gklint::ReportModel& m) {
    if (m.title) {
        t.range(m.title->range, "title");
        t.bytes(m.title->text);
        t.bytes(m.title->agency);
    }
    t.range(m.intro.basis, "intro basis");
    t.range(m.intro.part_count_range, "intro part count");
    t.range(m.intro.period, "intro period");
    t.bytes(m.intro.period_start);
    t.bytes(m.intro.period_end);
    if (m.signature) {
        t.range(m.signature->agency_range, "signature agency");
        t.range(m.signature->date_range, "signature date");
        t.bytes(m.signature->agency);
    }
    for (const auto& s : m.sections) {
        t.bytes(s.key);
        if (s.heading) touch_heading(t, *s.heading);
        t.range(s.body, "section body");
        for (const auto& h : s.subheadings) touch_heading(t, h);
    }
    for (const auto& h : m.level1_order) touch_heading(t, h);
    for (const auto& p : m.paragraphs) {
        t.range(p.range, "paragraph");
        if (p.section >= static_cast<int>(m.sections.size())) {
            std::fprintf(stderr, "model_fuzzer: paragraph section index %d of %zu\n", p.section,
                         m.sections.size());
            std::abort();
        }
        for (const auto& s : p.sentences) t.range(s.range, "sentence");
    }
    for (const auto& n : m.numbers) {
        t.range(n.range, "number");
        t.range(n.value_range, "number value");
        t.number(n.value);
        t.bytes(n.unit);
    }
    for (const auto& e : m.enumerations) {
        t.range(e.range, "enumeration");
        t.bytes(e.style);
        t.range(e.announcement, "enumeration announcement");
        for (const auto& i : e.items) {
            t.range(i.range, "enumeration item");
            t.range(i.marker, "enumeration marker");
        }
    }
    for (const auto& tab : m.tables) {
        t.bytes(tab.key);
        t.bytes(tab.title_zh);
        t.bytes(tab.title_en);
        t.bytes(tab.layout);
        t.range(tab.range, "table");
        for (const auto& l : tab.captions) touch_label(t, l);
        for (const auto& l : tab.rows) touch_label(t, l);
        for (const auto& l : tab.columns) touch_label(t, l);
        for (const auto& c : tab.cells) {
            t.bytes(c.block);
            t.bytes(c.row);
            t.bytes(c.column);
            t.bytes(c.row_label);
            t.bytes(c.column_label);
            t.bytes(c.raw);
            t.bytes(c.unit);
            if (c.value) t.number(*c.value);
            if ((c.range.begin > c.range.end && !allow_inverted()) || c.range.end > t.size())
                std::fprintf(stderr, "model_fuzzer: table %s (layout %s) cell block '%s' row '%s' column '%s' kind %d raw '%s'\n",
                             tab.key.c_str(), tab.layout.c_str(), c.block.c_str(), c.row.c_str(), c.column.c_str(),
                             static_cast<int>(c.kind), c.raw.c_str());
            t.range(c.range, "cell");
            // The lookup rules use, on the cell's own keys.
            if (tab.cell(c.block, c.row, c.column) == nullptr && !c.row.empty() && !c.column.empty()) {
                std::fprintf(stderr, "model_fuzzer: table %s cell (%s,%s,%s) not found by Table::cell\n",
                             tab.key.c_str(), c.block.c_str(), c.row.c_str(), c.column.c_str());
                std::abort();
            }
        }
        for (const auto& p : tab.problems) {
            t.range(p.range, "table problem");
            t.bytes(p.message_zh);
            t.bytes(p.message_en);
        }
        for (const auto& [row, count] : tab.values_per_row) {
            t.bytes(row);
            t.number(static_cast<double>(count));
        }
    }
    t.bytes(m.format.version);
    for (const auto& e : m.format.evidence_2019) t.bytes(e);
    for (const auto& e : m.format.evidence_2021) t.bytes(e);
    for (const auto& n : m.normalisations) t.bytes(n);
    // Lookups by template key.
    for (const char* key : {"overview", "proactive", "requests", "appeals", "problems", "other"}) {
        if (const auto* s = m.section(key)) t.bytes(s->key);
        if (const auto* tab = m.table(key)) t.bytes(tab->key);
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    (void)templates();  // fail fast (outside the fuzz loop) if the templates do not load
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::optional<gklint::Document> doc;
    try {
        doc.emplace("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
    } catch (const gklint::InputError&) {
        return 0;  // not text: rejected before any rule runs
    }

    Toucher t(*doc);
    for (std::size_t line = 0; line < doc->lines().count(); ++line) t.bytes(doc->line_text(line));

    gklint::Analysis analysis(*doc, &templates());
    const gklint::NormalizedText& norm = analysis.normalized();
    t.bytes(norm.text());
    for (std::size_t off = 0; off <= norm.text().size(); off += 7) {
        gklint::TextRange r = norm.map.to_source(gklint::TextRange{off, off});
        if (r.begin > doc->text().size() || r.end > doc->text().size()) {
            std::fprintf(stderr, "model_fuzzer: normalised offset %zu maps outside the text: [%zu, %zu)\n", off,
                         r.begin, r.end);
            std::abort();
        }
    }
    touch_model(t, analysis.model());

    volatile std::size_t keep = t.sink();
    (void)keep;
    return 0;
}
