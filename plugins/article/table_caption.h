#pragma once
// Block captions of table 二: 第<numeral>条第（<numeral>）项. Half-width brackets,
// Traditional 條/項, pinyin after any Han character and whitespace between the
// article and the item (PDF text: "第二十条 第（一）项", or a line break) are accepted.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "utf8_regex.h"

namespace article {
using plugin_common::ByteRange;
using plugin_common::RegexMatch;
using plugin_common::Utf8Regex;

struct Caption {
    ByteRange whole;             // from 第 to 项, in the document
    ByteRange article;           // 第…条, in the document
    std::string article_number;  // numeral characters only: "二十六"
    std::string item_number;     // "六"
    bool traditional = false;    // written 條 rather than 条
    std::string item_part;       // 第（六）项 exactly as written
};

// The caption at the start of `line` (after whitespace), whose first byte is at
// `line_offset` in the document.
std::optional<Caption> parse_caption(std::string_view line, std::size_t line_offset);

// Every caption anywhere in `text` (a table's text, where cells may run together
// on one line), whose first byte is at `offset` in the document.
std::vector<Caption> find_captions(std::string_view text, std::size_t offset);

}  // namespace article
