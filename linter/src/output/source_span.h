#pragma once
// A diagnostic's range as the positions that every output format prints.
#include "core/diagnostic.h"
#include "core/document.h"
#include "text/columns.h"

namespace gklint {

// 1-based start and exclusive end, columns in `unit`, with original-file byte offsets.
struct SourceSpan {
    Position start;
    Position end;
};

SourceSpan locate(const Document& document, TextRange range, ColumnUnit unit);

}  // namespace gklint
