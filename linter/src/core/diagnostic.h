#pragma once
// A finding of one rule, with ranges in the document's decoded text.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/severity.h"

namespace gklint {

// Half-open byte range in the decoded UTF-8 text of a Document.
struct TextRange {
    std::size_t begin = 0;
    std::size_t end = 0;
    friend bool operator==(const TextRange&, const TextRange&) = default;
};

// A place in another file than the diagnostic's (last year's report), 1-based.
struct ElsewherePlace {
    std::string path;
    std::size_t line = 1, column = 1;
};

struct Note {
    TextRange range;
    std::string message;
    // Set when the note is about another file: `range` then repeats the diagnostic's
    // own range (for the formats that can only point into this file) and the message
    // names the other file's place.
    std::optional<ElsewherePlace> elsewhere = std::nullopt;
};

struct Fix {
    TextRange range;
    std::string replacement;
    bool safe = true;  // false: a suggestion, applied only on request
    // What the fix does in the message language, for fixes too long to show as
    // "replace A with B" (a whole table's blank cells); empty: shown as the edit.
    std::string description = {};
};

struct Diagnostic {
    std::string rule_id;
    Severity severity = Severity::Error;
    TextRange range;
    std::string message;
    std::vector<Note> notes;
    std::optional<Fix> fix;
    std::string fingerprint;  // stable across line moves; set by the runner
    // A ceiling on the configured severity: a relation that cannot be compared is
    // information whatever the rule's severity.
    std::optional<Severity> at_most = std::nullopt;
};

}  // namespace gklint
