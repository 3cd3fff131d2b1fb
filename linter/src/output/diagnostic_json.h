#pragma once
// One diagnostic as the `json` and `jsonl` formats print it (docs/output-formats.md).
#include <nlohmann/json.hpp>

#include "core/diagnostic.h"
#include "core/document.h"
#include "core/language.h"
#include "text/columns.h"

namespace gklint {

using OrderedJson = nlohmann::ordered_json;

// ruleId, severity, message, range, notes, fix, fingerprint; columns in `unit`; and
// `place` (page, paragraph, table cell) for formats that have one (docs/input-formats.md).
OrderedJson diagnostic_json(const Document& document, const Diagnostic& diagnostic, ColumnUnit unit,
                            Language language = Language::Zh);

// Serialises without throwing on invalid UTF-8 from plugins (bad bytes become U+FFFD).
std::string dump_json(const OrderedJson& value, int indent = -1);

}  // namespace gklint
