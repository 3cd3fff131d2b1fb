#include "article_citation.h"

#include <string>

#include "report_text.h"
#include "utf8_regex.h"

namespace article {
using plugin_common::ByteRange;
using plugin_common::RegexMatch;
using plugin_common::Utf8Regex;
namespace {

gklint_range to_range(const ByteRange& r) { return gklint_range{r.begin, r.end}; }

std::string slice(std::string_view text, const ByteRange& r) {
    return std::string(text.substr(r.begin, r.end - r.begin));
}

// Value of "六十" or "60".
int article_value(std::string_view numeral) {
    if (!numeral.empty() && numeral[0] >= '0' && numeral[0] <= '9') {
        int v = 0;
        for (char c : numeral) {
            if (c < '0' || c > '9' || v > 100000) break;
            v = v * 10 + (c - '0');
        }
        return v;
    }
    return numeral_value(numeral);
}

std::string tr(const gklint::plugin::Context& ctx, std::string zh, std::string en) {
    return ctx.english() ? std::move(en) : std::move(zh);
}

}  // namespace

void check_caption_order(const gklint::plugin::Context& ctx, const std::vector<Caption>& captions,
                         const std::vector<std::string>& items) {
    std::string listed;
    for (const auto& item : items) listed += "（" + item + "）";
    for (std::size_t i = 1; i < captions.size(); ++i) {
        const Caption& prev = captions[i - 1];
        const Caption& cur = captions[i];
        int a = numeral_value(prev.item_number), b = numeral_value(cur.item_number);
        if (b > a) continue;
        std::string written = slice(ctx.text(), cur.whole), before = slice(ctx.text(), prev.whole);
        bool same = a == b;
        std::string msg =
            same ? tr(ctx, "表二栏目“" + written + "”重复出现：第二十条第（" + cur.item_number + "）项已在上文列出",
                          "table 二 caption '" + written + "' appears twice: item （" + cur.item_number +
                              "） of Article 20 is already listed above")
                 : tr(ctx, "表二栏目顺序有误：“" + written + "”应排在“" + before + "”之前，表二按第二十条第" +
                              listed + "项的顺序排列",
                          "table 二 captions out of order: '" + written + "' belongs before '" + before +
                              "'; table 二 follows items " + listed + " of Article 20 in order");
        ctx.report(to_range(cur.whole), msg)
            .note(to_range(prev.whole), tr(ctx, same ? "首次列出处" : "排在前面的栏目",
                                               same ? "listed first here" : "the caption placed before it"));
    }
}

void check_article_citations(const gklint::plugin::Context& ctx) {
    std::string_view text = ctx.normalized_text();
    // The 条例 named, then a run of article numbers: "第十三条、第六十条第（二）项".
    static const Utf8Regex kCitation(
        R"((《(?:中华人民共和国)?政府信息公开条例》|《条例》)[ \t\u3000]*(?:的)?[ \t\u3000]*)"
        R"(((?:第[零〇一二三四五六七八九十百0-9]+条(?:第[（(][零〇一二三四五六七八九十0-9]+[)）]项)?)"
        R"((?:[、，,和及与至][ \t\u3000]*|以及)?)+))");
    static const Utf8Regex kArticle(R"(第([零〇一二三四五六七八九十百0-9]+)条)");
    std::size_t pos = 0;
    while (pos < text.size()) {
        // Searched for in the whole text from pos (the pattern looks neither behind nor
        // at line starts): a one-line page is converted for ICU once, not once per citation.
        auto m = kCitation.find(text, pos);
        if (!m) break;
        ByteRange title{m->groups[1]->begin, m->groups[1]->end};
        ByteRange run{m->groups[2]->begin, m->groups[2]->end};
        std::size_t at = run.begin;
        while (at < run.end) {
            auto a = kArticle.find(text.substr(at, run.end - at));
            if (!a) break;
            ByteRange whole{at + a->whole.begin, at + a->whole.end};
            ByteRange numeral{at + a->groups[1]->begin, at + a->groups[1]->end};
            int value = article_value(text.substr(numeral.begin, numeral.end - numeral.begin));
            if (value > kArticleCount) {
                std::string written = slice(text, whole);
                ctx.report(ctx.to_document(to_range(whole)),
                           tr(ctx, "引用的“" + written + "”不存在：《中华人民共和国政府信息公开条例》（2019年修订）共" +
                                      "五十六条，请核对条款号",
                                  "'" + written + "' does not exist: the Regulations on Open Government Information "
                                  "(2019 revision) have 56 articles; check the article number"))
                    .note(ctx.to_document(to_range(title)), tr(ctx, "所引的条例", "the regulation cited"));
            }
            at = whole.end;
        }
        pos = run.end > pos ? run.end : pos + 1;
    }
}

}  // namespace article
