// article/law-title: the 条例 must be cited by its official title
// 《中华人民共和国政府信息公开条例》 — not a near miss of it, not without 《》, not in
// Traditional script, and (unless the option allows it) not first by the short form
// 《政府信息公开条例》. Other laws and local regulations are left alone. See
// docs/rules/article/law-title.md.
#include <gklint/plugin.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "law_title.h"
#include "report_text.h"
#include "title_match.h"
#include "utf8_regex.h"

namespace article {
namespace {

using gklint::plugin::Context;
using plugin_common::ByteRange;
using plugin_common::Utf8Regex;

std::string slice(std::string_view text, gklint_range r) {
    if (r.begin > r.end || r.end > text.size()) return {};
    return std::string(text.substr(r.begin, r.end - r.begin));
}

std::string without(const Utf8Regex& noise, std::string_view text) { return noise.remove_all(text); }

const Utf8Regex& whitespace() {
    static const Utf8Regex kSpace(R"(\s+)");
    return kSpace;
}

// Whitespace and pinyin annotations: what the document may add to a title that is
// still written right.
const Utf8Regex& title_noise() {
    static const Utf8Regex kNoise(R"(\s+|(?<=\p{Han})(?:)" + kPinyinGroup + ")+");
    return kNoise;
}

struct Finding {
    gklint_range range;  // in the document
    std::string written; // as the document has it
    std::string name;    // normalised: Simplified, no pinyin, marks or whitespace
    std::string normalized;  // the normalised view's text of the finding
    TitleKind kind;
    bool bracketed;
};

// 《…》 titles (a line break inside is allowed: PDF text wraps).
void bracketed_titles(const Context& ctx, std::vector<Finding>& out, std::vector<ByteRange>& spans) {
    static const Utf8Regex kTitle(R"(《([^《》\n]{1,40}(?:\n[^《》\n]{0,40})?)》)");
    std::string_view norm = ctx.normalized_text();
    for (const auto& m : kTitle.find_all(norm)) {
        spans.push_back(m.whole);
        const ByteRange& inner = *m.groups[1];
        std::string name = without(whitespace(), norm.substr(inner.begin, inner.end - inner.begin));
        TitleKind kind = classify_title(name);
        if (kind == TitleKind::Other) continue;
        gklint_range doc = ctx.to_document(gklint_range{m.whole.begin, m.whole.end});
        out.push_back({doc, slice(ctx.text(), doc), name, std::string(norm.substr(m.whole.begin, m.whole.end - m.whole.begin)),
                       kind, true});
    }
}

bool inside(const std::vector<ByteRange>& spans, std::size_t at) {
    for (const auto& s : spans)
        if (s.begin <= at && at < s.end) return true;
    return false;
}

// 中华人民共和国…条例 without 《》 (or between “”, 〈〉, <> instead).
void unbracketed_titles(const Context& ctx, const std::vector<ByteRange>& spans, std::vector<Finding>& out) {
    static const Utf8Regex kName(R"(([“"〈<「]?)(中华人民共和国\p{Han}{2,12}?条例)([”"〉>」]?))");
    std::string_view norm = ctx.normalized_text();
    for (const auto& m : kName.find_all(norm)) {
        const ByteRange& name = *m.groups[2];
        if (inside(spans, name.begin)) continue;
        std::string written_name(norm.substr(name.begin, name.end - name.begin));
        TitleKind kind = classify_title(written_name);
        if (kind != TitleKind::Exact && kind != TitleKind::NearMiss) continue;
        // The wrong marks go too when both are there.
        bool marks = !m.groups[1]->empty() && !m.groups[3]->empty();
        ByteRange r = marks ? m.whole : name;
        gklint_range doc = ctx.to_document(gklint_range{r.begin, r.end});
        out.push_back({doc, slice(ctx.text(), doc), written_name, std::string(norm.substr(r.begin, r.end - r.begin)), kind,
                       false});
    }
}

std::string message(const Context& ctx, const Finding& f, bool first_short) {
    const std::string& name_as_normalized = f.name;
    std::string title(kOfficialTitle);
    bool en = ctx.english();
    if (!f.bracketed) {
        std::string what = f.kind == TitleKind::Exact ? "" : (en ? ", " : "，") + describe_difference(name_as_normalized, en);
        return en ? "title of the regulation without 《》: '" + f.written + "' should be '" + title + "'" + what
                  : "条例名称缺少书名号：“" + f.written + "”应为“" + title + "”" + what;
    }
    switch (f.kind) {
        case TitleKind::ShortForm:
            if (!first_short)
                return en ? "short title of the regulation '" + f.written + "': write it in full as '" + title + "'"
                          : "条例名称应写全称：“" + f.written + "”应为“" + title + "”";
            return en ? "the regulation is first cited by a short title '" + f.written + "': cite it in full as '" + title +
                            "' (a short form may follow, e.g. （以下简称《条例》）)"
                      : "首次引用条例应写全称：“" + f.written + "”应为“" + title + "”（其后可注明“以下简称《条例》”）";
        case TitleKind::Exact:
            return en ? "title of the regulation in Traditional script: '" + f.written + "' should be '" + title + "'"
                      : "条例名称使用了繁体字：“" + f.written + "”应为“" + title + "”";
        default:
            return en ? "wrong title of the regulation: '" + f.written + "' should be '" + title + "' (" +
                            describe_difference(name_as_normalized, true) + ")"
                      : "条例名称有误：“" + f.written + "”应为“" + title + "”（" +
                            describe_difference(name_as_normalized, false) + "）";
    }
}

void check_law_title(Context& ctx) {
    std::vector<Finding> found;
    std::vector<ByteRange> spans;
    bracketed_titles(ctx, found, spans);
    unbracketed_titles(ctx, spans, found);
    std::sort(found.begin(), found.end(), [](const Finding& a, const Finding& b) { return a.range.begin < b.range.begin; });

    std::string short_title = ctx.option_string("short-title").value_or("after-full");
    bool traditional_document = ctx.report_info().traditional != 0;
    bool full_seen = false, short_reported = false;
    for (const auto& f : found) {
        if (f.bracketed && f.kind == TitleKind::Exact) {
            full_seen = true;
            // Right once normalised: only Traditional characters in a Simplified report are wrong
            // here (a report in Traditional throughout is text/traditional-script's finding).
            if (traditional_document || without(title_noise(), f.written) == without(whitespace(), f.normalized)) continue;
        }
        bool first_short = false;
        if (f.kind == TitleKind::ShortForm) {
            if (short_title == "allow" || (short_title == "after-full" && (full_seen || short_reported))) continue;
            first_short = !full_seen && !short_reported;
            short_reported = true;
        }
        ctx.report(f.range, message(ctx, f, first_short)).fix(f.range, std::string(kOfficialTitle), /*safe=*/true);
    }
}

const char* const kShortTitle[] = {"after-full", "allow", "flag", nullptr};

}  // namespace

const gklint_option_decl kLawTitleOptions[] = {
    gklint::plugin::option("short-title", GKLINT_OPTION_STRING, "after-full",
                           "The short title 《政府信息公开条例》: after-full (accepted once the full title was cited; "
                           "reported when it comes first), allow, or flag (every occurrence)",
                           kShortTitle),
};
const std::size_t kLawTitleOptionCount = sizeof(kLawTitleOptions) / sizeof(kLawTitleOptions[0]);

void law_title(gklint::plugin::Context& ctx) { check_law_title(ctx); }

}  // namespace article
