#include "table_caption.h"

#include "report_text.h"

namespace article {
namespace {

// Groups: 1 article (第…条), 2 its numeral, 3 条/條, 4 item part (第（…）项), 5 its numeral.
const std::string& caption_body() {
    static const std::string kBody = "(第" + kPinyin + "(" + kNumeral + ")([条條])" + kPinyin + ")" +
                                     R"(\s*)" + "(第" + kPinyin + "[（(]" + kPinyin + "(" + kNumeral +
                                     ")" + kPinyin + "[)）]" + kPinyin + "[项項])";
    return kBody;
}

std::string_view slice(std::string_view text, const ByteRange& r) { return text.substr(r.begin, r.end - r.begin); }

Caption make_caption(std::string_view text, const RegexMatch& m, std::size_t offset) {
    const ByteRange& article = *m.groups[1];
    const ByteRange& item = *m.groups[4];
    Caption c;
    c.whole = {offset + article.begin, offset + item.end};
    c.article = {offset + article.begin, offset + article.end};
    c.article_number = numeral_chars(slice(text, *m.groups[2]));
    c.item_number = numeral_chars(slice(text, *m.groups[5]));
    c.traditional = slice(text, *m.groups[3]) == "條";
    c.item_part = std::string(slice(text, item));
    return c;
}

}  // namespace

std::optional<Caption> parse_caption(std::string_view line, std::size_t line_offset) {
    static const Utf8Regex kAtStart(R"(^\s*)" + caption_body());
    auto m = kAtStart.find(line);
    if (!m) return std::nullopt;
    return make_caption(line, *m, line_offset);
}

std::vector<Caption> find_captions(std::string_view text, std::size_t offset) {
    static const Utf8Regex kAnywhere(caption_body());
    std::vector<Caption> out;
    for (const auto& m : kAnywhere.find_all(text)) out.push_back(make_caption(text, m, offset));
    return out;
}

}  // namespace article
