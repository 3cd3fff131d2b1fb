#pragma once
// What every narrative rule needs: the normalised text (Simplified, pinyin removed)
// as prose — the line breaks that only wrap a paragraph (PDF text: "答\n复 3050 件") taken
// out — with its map back to the document, the sections and the tables.
#include <gklint/plugin.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "numbers.h"
#include "utf8_regex.h"

namespace narrative {
using plugin_common::ByteRange;
using plugin_common::RegexMatch;
using plugin_common::Utf8Regex;

using gklint::plugin::Context;
using gklint::plugin::Table;

// What Report computes from the document, once per document and shared by every
// narrative rule (Context::shared): nothing in it refers to one rule's check.
struct ReportData {
    explicit ReportData(const Context& ctx);

    std::string_view norm;
    std::vector<gklint_section_info> sections;
    std::vector<Table> tables;
    std::string unwrapped;             // `norm` when line breaks were taken out
    std::vector<std::size_t> removed;  // their offsets in the model's normalised text, sorted
    // Every occurrence (overlapping ones too) of each sentence end in `norm`: finding
    // a sentence is then a binary search, not a scan of the text.
    std::vector<std::vector<std::size_t>> sentence_ends;
};

class Report {
public:
    explicit Report(const Context& ctx);

    const Context& ctx;

private:
    std::shared_ptr<const ReportData> data_;

public:
    // The normalised text without the line breaks inside a paragraph of the report
    // model (hard-wrapped text): every rule matches on it. Offsets into it are the
    // "normalised offsets" below.
    std::string_view norm;
    const std::vector<gklint_section_info>& sections;
    const std::vector<Table>& tables;

    // A range of the normalised text in the document.
    gklint_range doc(ByteRange r) const;
    // The first normalised offset at or after a document offset.
    std::size_t norm_offset(std::size_t doc_offset) const;
    // The key of the section a normalised offset lies in ("" before the first).
    std::string_view section_at(std::size_t norm) const;
    const gklint_section_info* section(std::string_view key) const;
    // Inside one of the statistics tables (their labels and cells are not prose).
    bool in_table(std::size_t norm) const;
    const Table* table(std::string_view key) const;
    // The normalised text of a document range.
    ByteRange norm_range(gklint_range doc) const;
    std::string_view text(ByteRange r) const { return norm.substr(r.begin, r.end - r.begin); }
    // The clause (up to 。；; or a line end) around a normalised offset.
    ByteRange sentence_at(std::size_t norm) const;
    // The text from the start of the clause holding `match` (after the last ，,： of its
    // sentence) to the end of the match.
    std::string_view clause_before(ByteRange match) const;

private:
    // `norm` offset → offset in the model's normalised text, and back.
    std::size_t to_model(std::size_t n) const;
    std::size_t from_model(std::size_t m) const;
};

// A whole report rather than a fragment: at least three of the six sections are
// present. Coverage rules (topics, 落款) say nothing useful about a fragment.
bool whole_report(const std::vector<gklint_section_info>& sections);

using plugin_common::chinese_numeral;
using plugin_common::parse_number;
// s.rfind(what, pos), but npos for an occurrence starting before `lo`; only [lo, pos] is
// searched, so a miss costs the window rather than the whole text.
std::size_t rfind_after(std::string_view s, std::string_view what, std::size_t pos, std::size_t lo);
// Does `s` contain any of the words?
bool contains_any(std::string_view s, std::initializer_list<std::string_view> words);
// `s` without line breaks and spaces: PDF text wraps words over lines ("考\n核").
std::string compact(std::string_view s);
// "1,234" style display of a count.
std::string show(double v);

}  // namespace narrative
