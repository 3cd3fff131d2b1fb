#pragma once
// Fingerprints that survive lines moving: rule, matched text, surrounding text and
// the occurrence number of that combination — never a line number.
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"

namespace gklint {

void assign_fingerprints(const Document& document, std::vector<Diagnostic>& diagnostics);

}  // namespace gklint
