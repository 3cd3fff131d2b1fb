#pragma once
// What a reader makes of one input file: the text the report model reads, what the
// format states for certain (tables as grids, pages, comments), and how to find
// every piece of that text in the original file.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "normalize/offset_map.h"
#include "read/input_format.h"
#include "read/table_grid.h"
#include "text/source_map.h"

namespace gklint {

// A comment in the document that turns rules off: "gklint-disable-next-line RULE"
// (HTML / Markdown comment) or a Word comment "gklint-disable RULE" on the text it covers.
struct InlineSuppression {
    TextRange range;                 // the text it covers
    std::vector<std::string> rules;  // rule ids or category prefixes ("table/"); empty = every rule
};

// A finding about the input itself (input/no-text-layer), reported like a rule's.
struct ReaderFinding {
    std::string rule_id;
    Severity severity = Severity::Error;
    TextRange range;
    std::string message_zh, message_en;
};

struct ReadResult {
    InputFormat format = InputFormat::Text;
    // UTF-8, '\n' line ends (plain text keeps the file's own). One paragraph per line;
    // a table is one line per row with cells separated by '\t' (HTML, PDF) or one
    // line per cell paragraph (DOCX); the grids say which is which.
    std::string text;
    std::string encoding;  // the file's character encoding ("UTF-8", "GB18030", …); "DOCX" / "PDF" otherwise
    bool bom = false;
    std::vector<TableGrid> tables;  // in text order; only a nested table's range lies inside another's

    // Positions. With a source of their own (HTML: the decoded page), line and column
    // are counted in `source`, and `to_source` maps text offsets there; otherwise
    // they are counted in `text` itself (plain text, Markdown; DOCX: line = paragraph;
    // PDF: line over the whole extracted text).
    bool has_source = false;
    std::string source;
    OffsetMap to_source;
    // Byte offsets in the original file of offsets in `source` (or in `text` when there is
    // no source). DOCX and PDF have no byte offsets of their text: identity over `text`.
    SourceMap to_original;

    std::vector<std::size_t> page_starts;  // PDF: text offset where each page's text begins
    std::vector<InlineSuppression> suppressions;
    std::vector<ReaderFinding> findings;
    // Not empty: `--fix` cannot write this file (DOCX, PDF); the reason, in both languages.
    std::string fix_refusal_zh, fix_refusal_en;
};

}  // namespace gklint
