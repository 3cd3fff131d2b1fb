#include "caption_sources.h"

#include <algorithm>
#include <string_view>

namespace article {
namespace {

void add(std::vector<Caption>& out, Caption c) {
    for (const auto& o : out)
        if (c.whole.begin < o.whole.end && o.whole.begin < c.whole.end) return;
    out.push_back(std::move(c));
}

std::string_view slice(std::string_view text, gklint_range r) {
    if (r.begin > r.end || r.end > text.size()) return {};
    return text.substr(r.begin, r.end - r.begin);
}

}  // namespace

std::vector<Caption> table_two_captions(const gklint::plugin::Context& ctx, const std::vector<LineSpan>& section_two) {
    std::string_view text = ctx.text();
    std::vector<Caption> out;
    for (const auto& table : ctx.tables()) {
        if (table.key() != "proactive" || !table.info.present) continue;
        for (const auto& label : table.captions)
            if (label.found)
                if (auto c = parse_caption(slice(text, label.range), label.range.begin)) add(out, std::move(*c));
        for (auto& c : find_captions(slice(text, table.info.range), table.info.range.begin)) add(out, std::move(c));
    }
    for (const auto& span : section_two)
        for (std::size_t line = span.first; line < span.end; ++line)
            if (auto c = parse_caption(ctx.line(line), ctx.line_range(line).begin)) add(out, std::move(*c));
    std::sort(out.begin(), out.end(), [](const Caption& a, const Caption& b) { return a.whole.begin < b.whole.begin; });
    return out;
}

}  // namespace article
