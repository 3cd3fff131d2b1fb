#pragma once
// Checks of article/wrong-number beyond a single caption: the order of the table 二
// captions, and citations of 条例 articles that do not exist.
#include <gklint/plugin.hpp>

#include <vector>

#include "table_caption.h"

namespace article {

// The 2019 revision of the 条例 (国务院令第711号) has 56 articles.
constexpr int kArticleCount = 56;

// Captions out of item order (（一）（五）（六）（八）（九)) or repeated.
// `items`: the format's items in order ("一", "五", …), for the message.
void check_caption_order(const gklint::plugin::Context& ctx, const std::vector<Caption>& captions,
                         const std::vector<std::string>& items);

// "《中华人民共和国政府信息公开条例》第六十条": an article the 条例 does not have.
void check_article_citations(const gklint::plugin::Context& ctx);

}  // namespace article
