// cross-year/jump: a key number that is ten times (option `factor`) what it was last
// year, or a tenth of it — more often a unit (万元/元), a digit typed twice or a cell
// of the wrong row than a real change. Information for the reader to confirm.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "line_of.h"
#include "rules.h"

namespace cross_year {
namespace {

using gklint::plugin::Context;
using gklint::plugin::view;

struct CellKey {
    std::string table, block, row, column;
};

std::optional<CellKey> parse_key(std::string_view s) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t colon; (colon = s.find(':', start)) != std::string_view::npos; start = colon + 1)
        parts.emplace_back(s.substr(start, colon - start));
    parts.emplace_back(s.substr(start));
    if (parts.size() != 4) return std::nullopt;
    return CellKey{parts[0], parts[1], parts[2], parts[3]};
}

struct Found {
    const gklint_cell_info* cell = nullptr;
    std::string table_title;
};

std::optional<double> number_of(const gklint_cell_info* c) {
    if (!c || c->kind != GKLINT_CELL_NUMBER || !c->has_value) return std::nullopt;
    return c->value;
}

std::string format_value(double v) {
    if (v == std::floor(v) && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
    std::string s = std::to_string(v);
    while (!s.empty() && s.back() == '0') s.pop_back();
    return s;
}

}  // namespace

void check_jump(Context& ctx) {
    auto last = ctx.previous();
    if (!last) return;
    const double factor = std::max(2.0, ctx.option_number("factor").value_or(10));
    const double minimum = ctx.option_number("minimum").value_or(50);
    auto tables = ctx.tables();
    auto last_tables = last->tables();
    auto find = [](const std::vector<gklint::plugin::Table>& in, const CellKey& k) -> const gklint_cell_info* {
        for (const auto& t : in)
            if (t.key() == k.table && t.info.present) return t.cell(k.block, k.row, k.column);
        return nullptr;
    };
    for (const auto& entry : ctx.option_list("cells")) {
        auto key = parse_key(entry);
        if (!key) continue;
        const gklint_cell_info* now = find(tables, *key);
        const gklint_cell_info* before = find(last_tables, *key);
        auto a = number_of(now), b = number_of(before);
        if (!a || !b || *a <= 0 || *b <= 0) continue;
        double high = std::max(*a, *b), low = std::min(*a, *b);
        if (high < minimum || high / low < factor) continue;
        std::string label(view(now->row_label));
        std::string times = format_value(std::round(high / low * 10) / 10);
        std::string path(last->path());
        std::size_t last_line = plugin_common::line_index_of(*last, before->range.begin) + 1;
        bool rose = *a > *b;
        std::string zh_ratio = rose ? "的" + times + "倍" : "的" + times + "分之一";
        std::string en_ratio = rose ? times + " times" : "1/" + times + " of";
        ctx.report(now->range,
                   ctx.english()
                       ? "“" + label + "” is " + format_value(*a) + ", " + en_ratio + " last year's " +
                             format_value(*b) + " (" + path + ":" + std::to_string(last_line) +
                             "): check the unit and the digits"
                       : "“" + label + "”为" + format_value(*a) + "，是上年度报告（" + path + " 第" +
                             std::to_string(last_line) + "行）" + format_value(*b) + zh_ratio +
                             "，请核对单位和数字");
    }
}

}  // namespace cross_year
