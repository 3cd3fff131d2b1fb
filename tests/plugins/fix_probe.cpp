// Rules with fixes made to probe --fix: overlapping fixes, a suggestion, a fix
// that needs several passes, one that never settles, one no GBK file can hold.
#include <gklint/plugin.hpp>

#include <string_view>

namespace {

using gklint::plugin::Context;

constexpr std::string_view kArticle = "第二十六条";

// Every occurrence of `needle`, as a range.
template <typename F>
void each(Context& ctx, std::string_view needle, F&& f) {
    std::string_view text = ctx.text();
    for (std::size_t at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + needle.size()))
        f(gklint_range{at, at + needle.size()});
}

// test/overlap-whole: 第二十六条 → 第二十条 (starts first, so wins).
void overlap_whole(Context& ctx) {
    each(ctx, kArticle, [&](gklint_range r) { ctx.report(r, "whole").fix(r, "第二十条"); });
}

// test/overlap-tail: 六条 → 七条 inside the same words.
void overlap_tail(Context& ctx) {
    each(ctx, kArticle, [&](gklint_range r) {
        gklint_range tail{r.begin + 9, r.end};
        ctx.report(tail, "tail").fix(tail, "七条");
    });
}

// test/suggest: 建议 → 提议, not certain.
void suggest(Context& ctx) {
    each(ctx, "建议", [&](gklint_range r) { ctx.report(r, "suggest").fix(r, "提议", /*safe=*/false); });
}

// test/collapse: the first 甲甲 → 甲; 甲甲甲甲 takes three passes.
void collapse(Context& ctx) {
    std::size_t at = ctx.text().find("甲甲");
    if (at == std::string_view::npos) return;
    gklint_range r{at, at + 6};
    ctx.report(r, "collapse").fix(r, "甲");
}

// test/grow: 乙 → 乙乙, for ever.
void grow(Context& ctx) {
    std::size_t at = ctx.text().find("乙");
    if (at == std::string_view::npos) return;
    gklint_range r{at, at + 3};
    ctx.report(r, "grow").fix(r, "乙乙");
}

// test/emoji: 笑脸 → 😀, which GBK lacks.
void emoji(Context& ctx) {
    each(ctx, "笑脸", [&](gklint_range r) { ctx.report(r, "emoji").fix(r, "😀"); });
}

const gklint_rule_decl kRules[] = {
    gklint::plugin::rule<overlap_whole>("test/overlap-whole", GKLINT_SEVERITY_ERROR, "整", "Whole", true),
    gklint::plugin::rule<overlap_tail>("test/overlap-tail", GKLINT_SEVERITY_ERROR, "尾", "Tail", true),
    gklint::plugin::rule<suggest>("test/suggest", GKLINT_SEVERITY_WARNING, "建议", "Suggest", true),
    gklint::plugin::rule<collapse>("test/collapse", GKLINT_SEVERITY_WARNING, "合并", "Collapse", true),
    gklint::plugin::rule<grow>("test/grow", GKLINT_SEVERITY_WARNING, "增长", "Grow", true),
    gklint::plugin::rule<emoji>("test/emoji", GKLINT_SEVERITY_WARNING, "表情", "Emoji", true),
};

}  // namespace

GKLINT_DEFINE_PLUGIN("fix-probe", "1.0.0", kRules)
