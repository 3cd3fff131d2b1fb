#pragma once
// The label text of a run of table tokens, folded and concatenated, so that labels
// broken over several cells or lines are found as one; each code point remembers
// its token and its bytes in the text.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/fold.h"
#include "model/report_model.h"
#include "model/report_template.h"
#include "model/table_tokens.h"

namespace gklint {

class LabelStream {
public:
    LabelStream(std::string_view text, const std::vector<TableToken>& tokens, std::size_t first, std::size_t last);

    std::size_t size() const { return folded_.text.size(); }
    std::size_t token_at(std::size_t cp) const { return token_[cp]; }
    std::size_t byte_begin(std::size_t cp) const { return folded_.begin[cp]; }
    std::size_t byte_end(std::size_t cp) const { return folded_.end[cp - 1]; }  // of [.., cp)
    std::u32string_view view() const { return folded_.text; }
    // Code point index of the first label character of token `t` or later.
    std::size_t position_of_token(std::size_t t) const;

    struct Match {
        bool found = false;
        bool exact = false;
        std::size_t begin = 0, end = 0;  // code points
    };
    // Finds `label` (its text, then variants, deviations, then an approximate
    // match) in [from, to). `fuzzy` allows the approximate match.
    Match find(const TemplateLabel& label, std::size_t from, std::size_t to, bool fuzzy) const;
    Match find_text(std::string_view label, std::size_t from, std::size_t to, bool fuzzy) const;

    // A LabelMatch for the model from a Match.
    LabelMatch describe(const TemplateLabel& label, const Match& m, std::string_view text) const;

private:
    bool without_interleaved_tokens(const TemplateLabel& label, const Match& m) const;
    Match longer_than_variant(const TemplateLabel& label, std::u32string_view variant, const Match& m,
                              std::size_t from, std::size_t to) const;

    FoldedLabel folded_;
    std::vector<std::size_t> token_;
};

}  // namespace gklint
