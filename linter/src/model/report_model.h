#pragma once
// The report model: what a report says, as structure, each piece with its range in
// the document's decoded text (TextRange), so rules report where things are written.
// Built once per document from the normalised view and the templates.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace gklint {

enum class NumberingStyle {
    None,
    ChineseComma,       // 一、
    ChineseParen,       // （一）
    ArabicDot,          // 1.
    ArabicComma,        // 1、
    ArabicParen,        // （1）
    PartOrdinal,        // 第一部分
};

struct Heading {
    int level = 0;  // 1 = 一、 … ; deeper levels by style as written
    NumberingStyle style = NumberingStyle::None;
    int number = 0;            // the numeral's value (三 → 3)
    std::string text;          // heading text as written (one line, trimmed)
    std::string title;         // text after the numbering, normalised
    TextRange range;           // the heading line's text
    TextRange numbering;       // just the numbering ("（1）")
};

// One of the six level-1 sections of the template.
struct Section {
    std::string key;        // template key: overview, proactive, requests, appeals, problems, other
    int number = 0;         // 1..6 as the template numbers them
    bool present = false;
    std::optional<Heading> heading;  // as found
    // Not present: its heading found out of the format's order ("六、…" before "五、…"),
    // where the model, taking the parts in order, does not place it.
    std::optional<Heading> misplaced;
    TextRange body;         // after the heading up to the next level-1 heading
    std::vector<Heading> subheadings;  // in order, all levels below 1
};

struct Sentence {
    TextRange range;
};

struct Paragraph {
    TextRange range;
    int section = -1;  // index into ReportModel::sections, -1 before the first
    std::vector<Sentence> sentences;
};

enum class NumberKind { Arabic, FullWidth, Chinese, Decimal, Percent };

struct NumberMention {
    TextRange range;        // the number with its unit
    TextRange value_range;  // just the numeral
    double value = 0;
    NumberKind kind = NumberKind::Arabic;
    std::string unit;       // 万元, 元, 条, 件, 项, 个, 次, 人次, %, 年, 月, 日 … or empty
    std::string role;       // count, ordinal (第N), numbering (1、 （3）), date (N年/月/日)
};

struct EnumerationItem {
    TextRange range;   // from the marker to the end of the item
    TextRange marker;  // "一是", "2.", "（三）"
    int number = 0;
};

struct Enumeration {
    TextRange range;
    std::string style;  // "一是", "1.", "（一）", "第一"
    std::vector<EnumerationItem> items;
    std::optional<int> announced;      // "以下四方面" → 4
    std::optional<TextRange> announcement;
};

enum class CellKind { Number, Blank, Placeholder, Text, Missing };

struct Cell {
    std::string block;        // table 二 block key (item1 …), empty elsewhere
    std::string row;          // template row key, empty for extra cells
    std::string column;       // template column key, empty for extra cells
    std::string row_label;    // as written (normalised), empty when not found
    std::string column_label; // as written, empty when not found
    CellKind kind = CellKind::Missing;
    std::optional<double> value;
    std::string raw;          // as written
    std::string unit;         // inline unit ("元") when written in the cell
    TextRange range;          // empty range at the row when Missing
    bool inferred_split = false;  // value separated from run-together digits by the template's constraints

    // The cell as a number in the tables' relations: its value, or 0 for a blank cell
    // (a zero left empty); nothing for a placeholder, text or a missing cell.
    std::optional<double> number() const {
        if (kind == CellKind::Blank) return 0.0;
        if (kind == CellKind::Number) return value;
        return std::nullopt;
    }
};

struct LabelMatch {
    std::string key;        // template row/column/block key
    std::string expected;   // template label
    std::string written;    // label as written (normalised, whitespace removed)
    TextRange range;        // where it is written; empty when missing
    bool found = false;
    bool exact = false;     // equal to the template label or one of its variants
};

struct TableProblem {
    TextRange range;
    std::string message_zh;
    std::string message_en;
    // The (block, row) keys of the template rows it left unread; empty when the
    // problem puts the whole table in doubt.
    std::vector<std::pair<std::string, std::string>> rows = {};
};

struct Table {
    std::string key;          // proactive, requests, appeals
    std::string title_zh;     // how messages name it: "第三部分统计表"
    std::string title_en;     // "the table of part 三"
    bool present = false;     // its section or its labels were found
    bool parsed = false;      // every template row located with its values
    std::string layout;       // one-cell-per-line, pipe, tab, spaced, run-together, markdown
    TextRange range;
    std::vector<LabelMatch> captions;  // table 二 block captions
    std::vector<LabelMatch> rows;
    std::vector<LabelMatch> columns;
    std::vector<Cell> cells;
    std::vector<TableProblem> problems;  // what could not be parsed, and where
    // Value cells counted per row label as found (row key -> count), for shape checks.
    std::vector<std::pair<std::string, std::size_t>> values_per_row;

    const Cell* cell(const std::string& block, const std::string& row, const std::string& column) const;
};

struct FormatDetection {
    std::string version;               // "2019", "2021" or "" when undecided
    std::optional<int> year_hint;      // from the report year
    std::string expected_version;      // the format the templates assign to year_hint, "" when none
    std::vector<std::string> evidence_2019;  // signature labels found
    std::vector<std::string> evidence_2021;
    bool mixed = false;
};

struct Title {
    TextRange range;
    std::string text;     // normalised, whitespace removed
    std::string agency;
    std::optional<int> year;
};

// A year, month or day of a statistics period, as written ("2020", "二〇二〇", "12").
struct DatePart {
    TextRange range;
    int value = 0;
};

struct PeriodStatement {
    enum class Kind { Range, WholeYear, CutOff };  // 1月1日至12月31日; 2020年度; 截至12月31日
    Kind kind = Kind::Range;
    TextRange range;  // the dates
    // Left out as written: "至12月31日" has no end year, "2020年1月至12月" no days; a whole
    // year has only start_year, a cut-off only the end.
    std::optional<DatePart> start_year, start_month, start_day, end_year, end_month, end_day;
};

struct IntroFacts {
    std::optional<TextRange> basis;        // "根据《…条例》…"
    std::optional<int> part_count;         // "由…N个部分组成", "共分6个部分", "…等六部分"
    std::optional<TextRange> part_count_range;
    // The first statistics period statement with a start and an end (see ReportModel::periods).
    std::optional<TextRange> period;
    std::optional<int> period_start_year, period_end_year;
    std::string period_start, period_end;  // "2020-01-01" as read
};

struct Signature {
    std::optional<TextRange> agency_range;
    std::string agency;
    std::optional<TextRange> date_range;
    std::optional<int> year, month, day;
};

struct ReportModel {
    // The year the report is for: the title's, unless the statistics period says
    // another year and the signature date agrees with the period (the title is then
    // the one written wrong); the period's or the format hint's without a title year.
    std::optional<int> year;
    std::optional<Title> title;
    IntroFacts intro;
    std::optional<Signature> signature;
    std::vector<Section> sections;  // always the six template sections, present or not, in template order
    std::vector<Heading> level1_order;  // level-1 headings in document order (for order checks)
    std::vector<PeriodStatement> periods;  // every statement of the statistics period
    std::vector<Paragraph> paragraphs;
    std::vector<NumberMention> numbers;
    std::vector<Enumeration> enumerations;
    std::vector<Table> tables;      // proactive, requests, appeals
    FormatDetection format;
    bool traditional = false;
    std::size_t pinyin_annotations = 0;
    std::vector<std::string> normalisations;  // applied, for `gklint parse`

    const Section* section(const std::string& key) const;
    const Table* table(const std::string& key) const;
};

}  // namespace gklint
