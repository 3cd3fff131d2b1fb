#include "title_match.h"

#include <algorithm>
#include <vector>

#include "text_distance.h"

namespace article {
namespace {

using plugin_common::edit_distance;
using plugin_common::to_u32;
using plugin_common::to_utf8;

bool contains(std::u32string_view s, std::u32string_view part) { return s.find(part) != std::u32string_view::npos; }
bool ends_with(std::u32string_view s, std::u32string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// Edit operations turning `from` into `to`, in order.
enum class Op { Keep, Substitute, Insert, Delete };

// The characters an issuer of this 条例 may be written with: 中华人民共和国 (also
// misspelt: 中国, 中华共和国), 国务院.
bool issuer_char(char32_t c) { return std::u32string_view(U"中华人民共和国务院").find(c) != std::u32string_view::npos; }

// Places and the party: another body's document (XX省政府信息公开规定, 党务公开条例).
bool other_body_char(char32_t c) { return std::u32string_view(U"省市县区州盟旗镇乡村党").find(c) != std::u32string_view::npos; }

}  // namespace

TitleKind classify_title(std::string_view name_utf8) {
    static const std::u32string kPrefix = U"中华人民共和国", kCore = U"政府信息公开", kSuffix = U"条例";
    std::u32string name = to_u32(name_utf8);
    // An annotation after the title: （2019年修订）, (试行).
    if (!name.empty() && (name.back() == U'）' || name.back() == U')')) {
        auto open = name.find_last_of(U"（(");
        if (open != std::u32string::npos && open > 0) name.resize(open);
    }
    if (name.empty() || std::any_of(name.begin(), name.end(), other_body_char)) return TitleKind::Other;

    std::u32string base;
    bool exact_suffix = false;
    if (ends_with(name, kSuffix)) {
        base = name.substr(0, name.size() - 2);
        exact_suffix = true;
    } else if (ends_with(name, U"法") || ends_with(name, U"条")) {
        base = name.substr(0, name.size() - 1);
    } else if (name.size() >= 2 && (name[name.size() - 2] == U'条' || name.back() == U'例')) {
        base = name.substr(0, name.size() - 2);
    } else {
        return TitleKind::Other;
    }
    std::size_t split = 0;
    while (split < base.size() && issuer_char(base[split])) ++split;
    std::u32string_view issuer = std::u32string_view(base).substr(0, split);
    std::u32string_view core = std::u32string_view(base).substr(split);

    bool near;
    if (!exact_suffix) {
        near = core == kCore;  // 政府信息公开法, 政府信息公开条列: only with the rest exact
    } else {
        bool keeps_key = contains(core, U"信息") || contains(core, U"公开");
        bool reordered = contains(core, U"信息") && contains(core, U"公开") && core.size() <= kCore.size() + 4;
        near = (edit_distance(core, kCore) <= 3 && keeps_key) || reordered;
    }
    if (!near) return TitleKind::Other;
    if (exact_suffix && core == kCore) {
        if (issuer == kPrefix) return TitleKind::Exact;
        if (issuer.empty()) return TitleKind::ShortForm;
    }
    return TitleKind::NearMiss;
}

std::string describe_difference(std::string_view name_utf8, bool english) {
    std::u32string a = to_u32(name_utf8), b = to_u32(kOfficialName);
    auto d = plugin_common::edit_table(a, b);
    // Walk back from the end, collecting operations.
    std::vector<Op> ops;
    std::size_t i = a.size(), j = b.size();
    // On ties a missing or extra character beats a substitution: 政务公开 reads as
    // “务”应为“府信息”, not as three substitutions.
    while (i > 0 || j > 0) {
        if (i > 0 && j > 0 && a[i - 1] == b[j - 1] && d[i][j] == d[i - 1][j - 1]) {
            ops.push_back(Op::Keep);
            --i, --j;
        } else if (j > 0 && d[i][j] == d[i][j - 1] + 1) {
            ops.push_back(Op::Delete);  // a character of the official name is missing
            --j;
        } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
            ops.push_back(Op::Insert);  // an extra character was written
            --i;
        } else {
            ops.push_back(Op::Substitute);
            --i, --j;
        }
    }
    std::reverse(ops.begin(), ops.end());
    // Group runs of changes: what was written against what is expected.
    struct Run {
        std::u32string written, expected;
    };
    std::vector<Run> runs;
    Run current;
    auto flush = [&] {
        if (!current.written.empty() || !current.expected.empty()) runs.push_back(current);
        current = {};
    };
    i = j = 0;
    for (Op op : ops) {
        switch (op) {
            case Op::Keep:
                flush();
                ++i, ++j;
                break;
            case Op::Substitute: current.written.push_back(a[i++]), current.expected.push_back(b[j++]); break;
            case Op::Insert: current.written.push_back(a[i++]); break;
            case Op::Delete: current.expected.push_back(b[j++]); break;
        }
    }
    flush();
    std::string out;
    auto add = [&](const std::string& part) { out += (out.empty() ? "" : (english ? ", " : "，")) + part; };
    for (std::size_t r = 0; r < runs.size(); ++r) {
        const Run& run = runs[r];
        std::string w = to_utf8(run.written), e = to_utf8(run.expected);
        if (run.expected.empty()) {
            // Written here and missing further on (or the reverse): a word out of place.
            auto moved = std::find_if(runs.begin() + static_cast<std::ptrdiff_t>(r) + 1, runs.end(), [&](const Run& o) {
                return o.written.empty() && o.expected == run.written;
            });
            if (moved != runs.end()) {
                add(english ? "'" + w + "' out of place" : "“" + w + "”位置有误");
                runs.erase(moved);
                continue;
            }
            add(english ? "extra '" + w + "'" : "多出“" + w + "”");
        } else if (run.written.empty()) {
            auto moved = std::find_if(runs.begin() + static_cast<std::ptrdiff_t>(r) + 1, runs.end(), [&](const Run& o) {
                return o.expected.empty() && o.written == run.expected;
            });
            if (moved != runs.end()) {
                add(english ? "'" + e + "' out of place" : "“" + e + "”位置有误");
                runs.erase(moved);
                continue;
            }
            add(english ? "missing '" + e + "'" : "缺少“" + e + "”");
        } else {
            add(english ? "'" + w + "' for '" + e + "'" : "“" + w + "”应为“" + e + "”");
        }
    }
    return out;
}

}  // namespace article
