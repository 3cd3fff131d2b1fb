#pragma once
// The rule's messages, in Chinese and English.
#include <string>

#include "report_format.h"
#include "table_caption.h"

namespace article {

// `written` is the caption as it stands, `expected` the caption with 第二十条.
std::string wrong_article_message(bool english, const Caption& caption, const std::string& written,
                                  const std::string& expected);

std::string wrong_item_message(bool english, const Caption& caption, const std::string& written,
                               const FormatChoice& format);

}  // namespace article
