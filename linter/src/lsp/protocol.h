#pragma once
// LSP structures as JSON: positions and ranges both ways, with validation.
#include <nlohmann/json.hpp>

#include "lsp/position_encoding.h"

namespace gklint::lsp {

// Throw RpcError(-32602) when the value is not a Position / Range.
LspPosition parse_position(const nlohmann::json& value);
LspRange parse_range(const nlohmann::json& value);

nlohmann::json to_json(LspPosition position);
nlohmann::json to_json(const LspRange& range);

// True when the ranges overlap or touch (a cursor at either end counts).
bool ranges_touch(const LspRange& a, const LspRange& b);

}  // namespace gklint::lsp
