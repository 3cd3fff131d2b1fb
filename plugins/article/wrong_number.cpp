// article/wrong-number: table 二 block captions must cite 第二十条 and an item the
// report's format has, in item order; no citation of a 条例 article beyond 第五十六条. See docs/rules/article/wrong-number.md.
// Also the plugin's rule table (article/law-title is in law_title.cpp).
#include <gklint/plugin.hpp>

#include <algorithm>
#include <optional>
#include <string>

#include "article_citation.h"
#include "caption_sources.h"
#include "law_title.h"
#include "messages.h"
#include "report_format.h"
#include "report_outline.h"
#include "table_caption.h"

namespace article {
namespace {

using gklint::plugin::Context;

constexpr const char* kArticle20 = "二十";

gklint_range to_range(const ByteRange& r) { return gklint_range{r.begin, r.end}; }

std::string slice(std::string_view text, const ByteRange& r) {
    return std::string(text.substr(r.begin, r.end - r.begin));
}

// Reports the caption's article and item; true when its item is one the format has.
bool check_caption(const Context& ctx, const Caption& caption, const std::vector<LineSpan>& section_two,
                   std::optional<FormatChoice>& format) {
    std::string written = slice(ctx.text(), caption.whole);
    if (caption.article_number != kArticle20) {
        std::string article = caption.traditional ? "第二十條" : "第二十条";
        ctx.report(to_range(caption.whole),
                   wrong_article_message(ctx.english(), caption, written, article + caption.item_part))
            .fix(to_range(caption.article), article, /*safe=*/true);
    }
    if (!format) format = choose_format(ctx, section_two);  // only decided when a caption needs it
    const auto& allowed = allowed_items(format->format);
    if (std::find(allowed.begin(), allowed.end(), caption.item_number) != allowed.end()) return true;
    ctx.report(to_range(caption.whole), wrong_item_message(ctx.english(), caption, written, *format));
    return false;
}

void check_wrong_number(Context& ctx) {
    auto section_two = section_two_spans(ctx);
    std::optional<FormatChoice> format;
    std::vector<Caption> captions = table_two_captions(ctx, section_two);
    // The order is that of the items the format has; a caption with another item is
    // reported as such, not once more as out of place.
    std::vector<Caption> known;
    for (const auto& caption : captions)
        if (check_caption(ctx, caption, section_two, format)) known.push_back(caption);
    if (!format) format = choose_format(ctx, section_two);
    check_caption_order(ctx, known, allowed_items(format->format));
    check_article_citations(ctx);
}

const char* const kFormats[] = {"auto", "2019", "2021", nullptr};

const gklint_option_decl kOptions[] = {
    gklint::plugin::option("format", GKLINT_OPTION_STRING, "auto",
                           "Report format whose table 二 items apply: 2019 (国办公开办函〔2019〕60号), "
                           "2021 (国办公开办函〔2021〕30号), or auto (from the report year, else the table labels)",
                           kFormats),
};

}  // namespace
}  // namespace article

static const gklint_rule_decl kRules[] = {
    gklint::plugin::rule<article::check_wrong_number>(
        "article/wrong-number", GKLINT_SEVERITY_ERROR, "表二栏目须依次引用条例第二十条及本格式规定的项，所引条例条款须存在",
        "Table 二 captions must cite Article 20 and the format's items in order; cited 条例 articles must exist", /*fixable=*/true,
        article::kOptions, sizeof(article::kOptions) / sizeof(article::kOptions[0])),
    gklint::plugin::rule<article::law_title>(
        "article/law-title", GKLINT_SEVERITY_ERROR, "条例名称必须写作《中华人民共和国政府信息公开条例》",
        "The regulation's title must read 《中华人民共和国政府信息公开条例》", /*fixable=*/true,
        article::kLawTitleOptions, article::kLawTitleOptionCount),
};

GKLINT_DEFINE_PLUGIN("article", "0.1.0", kRules)
