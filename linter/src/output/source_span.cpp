#include "output/source_span.h"

#include <algorithm>

namespace gklint {

SourceSpan locate(const Document& document, TextRange range, ColumnUnit unit) {
    return SourceSpan{document.position(range.begin, unit),
                      document.position(std::max(range.begin, range.end), unit)};
}

}  // namespace gklint
