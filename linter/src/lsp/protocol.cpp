#include "lsp/protocol.h"

#include <tuple>

#include "lsp/dispatcher.h"

namespace gklint::lsp {
namespace {

using nlohmann::json;

std::size_t non_negative(const json& value, const char* key) {
    auto it = value.find(key);
    if (it == value.end() || !it->is_number_integer() || it->get<long long>() < 0)
        throw RpcError(rpc_error::kInvalidParams, std::string("a position needs a non-negative integer '") + key + "'");
    return it->get<std::size_t>();
}

bool before(LspPosition a, LspPosition b) { return std::tie(a.line, a.character) < std::tie(b.line, b.character); }

}  // namespace

LspPosition parse_position(const json& value) {
    if (!value.is_object()) throw RpcError(rpc_error::kInvalidParams, "a position must be an object");
    return LspPosition{non_negative(value, "line"), non_negative(value, "character")};
}

LspRange parse_range(const json& value) {
    if (!value.is_object() || !value.contains("start") || !value.contains("end"))
        throw RpcError(rpc_error::kInvalidParams, "a range must be an object with 'start' and 'end'");
    LspRange range{parse_position(value["start"]), parse_position(value["end"])};
    if (before(range.end, range.start)) std::swap(range.start, range.end);
    return range;
}

json to_json(LspPosition position) { return json{{"line", position.line}, {"character", position.character}}; }

json to_json(const LspRange& range) { return json{{"start", to_json(range.start)}, {"end", to_json(range.end)}}; }

bool ranges_touch(const LspRange& a, const LspRange& b) { return !before(a.end, b.start) && !before(b.end, a.start); }

}  // namespace gklint::lsp
