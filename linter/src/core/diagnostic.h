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

struct Note {
    TextRange range;
    std::string message;
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
};

}  // namespace gklint
