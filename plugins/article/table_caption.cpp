#include "table_caption.h"

#include "report_text.h"

namespace article {
namespace {

const Utf8Regex& caption_pattern() {
    // Groups: 1 article (第…条), 2 its numeral, 3 条/條, 4 item part (第（…）项), 5 its numeral.
    static const Utf8Regex kCaption(R"(^\s*(第)" + kPinyin + "(" + kNumeral + ")([条條])" + kPinyin + ")" +
                                    "(第" + kPinyin + "[（(]" + kPinyin + "(" + kNumeral + ")" + kPinyin + "[)）]" +
                                    kPinyin + "[项項])");
    return kCaption;
}

std::string_view slice(std::string_view text, const ByteRange& r) { return text.substr(r.begin, r.end - r.begin); }

}  // namespace

std::optional<Caption> parse_caption(std::string_view line, std::size_t line_offset) {
    auto m = caption_pattern().find(line);
    if (!m) return std::nullopt;
    const ByteRange& article = *m->groups[1];
    const ByteRange& item = *m->groups[4];
    Caption c;
    c.whole = {line_offset + article.begin, line_offset + item.end};
    c.article = {line_offset + article.begin, line_offset + article.end};
    c.article_number = numeral_chars(slice(line, *m->groups[2]));
    c.item_number = numeral_chars(slice(line, *m->groups[5]));
    c.traditional = slice(line, *m->groups[3]) == "條";
    c.item_part = std::string(slice(line, item));
    return c;
}

}  // namespace article
