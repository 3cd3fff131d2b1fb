#include "read/html/source_alignment.h"

#include <algorithm>
#include <cctype>

namespace gklint {
namespace {

bool is_ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

std::size_t code_point_length(char lead) {
    auto b = static_cast<unsigned char>(lead);
    return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

bool starts_with_at(std::string_view s, std::size_t at, std::string_view prefix) {
    return at <= s.size() && s.substr(at, prefix.size()) == prefix;
}

class Aligner {
public:
    Aligner(std::string_view text, std::string_view original, std::size_t base)
        : text_(text), original_(original), base_(base) {}

    std::vector<AlignedPiece> run() {
        while (j_ < text_.size()) {
            if (i_ >= original_.size()) return give_up();
            char o = original_[i_];
            if (o == '\r') {
                carriage_return();
            } else if (o == '&' && character_reference()) {
                continue;
            } else if (o == text_[j_]) {
                add(1, 1, true);
            } else if (o == '<') {
                skip_markup();
            } else if (o == ' ' || o == '\t' || o == '\n' || o == '\f') {
                ++i_;  // white space the parser dropped (the line feed after <pre>)
            } else {
                return give_up();
            }
        }
        return std::move(pieces_);
    }

private:
    void add(std::size_t text_len, std::size_t source_len, bool verbatim) {
        text_len = std::min(text_len, text_.size() - j_);
        if (verbatim && !pieces_.empty() && pieces_.back().verbatim && pieces_.back().text_end == j_ &&
            pieces_.back().source_end == base_ + i_) {
            pieces_.back().text_end += text_len;
            pieces_.back().source_end += source_len;
        } else {
            pieces_.push_back({j_, j_ + text_len, base_ + i_, base_ + i_ + source_len, verbatim});
        }
        j_ += text_len;
        i_ += source_len;
    }

    // The parser reads CR LF and a lone CR as LF.
    void carriage_return() {
        if (starts_with_at(original_, i_ + 1, "\n")) {
            ++i_;
        } else if (text_[j_] == '\n') {
            add(1, 1, false);
        } else {
            ++i_;
        }
    }

    // An entity or numeric reference at i_: adds it and returns true; false when the
    // '&' is a literal one.
    bool character_reference() {
        std::size_t end = i_ + 1;
        bool numeric = starts_with_at(original_, end, "#");
        if (numeric) {
            ++end;
            bool hex = end < original_.size() && (original_[end] == 'x' || original_[end] == 'X');
            if (hex) ++end;
            std::size_t digits = end;
            while (end < original_.size() && (hex ? std::isxdigit(static_cast<unsigned char>(original_[end]))
                                                  : std::isdigit(static_cast<unsigned char>(original_[end]))))
                ++end;
            if (end == digits) return false;
        } else {
            while (end < original_.size() && is_ascii_alnum(original_[end])) ++end;
            if (end == i_ + 1) return false;
        }
        if (starts_with_at(original_, end, ";")) ++end;
        if (starts_with_at(text_, j_, original_.substr(i_, end - i_))) return false;  // not an entity
        if (numeric) {
            add(code_point_length(text_[j_]), end - i_, false);
            return true;
        }
        // A named reference may stand for two code points, and one without ';' may be
        // a prefix of the name run (&copy2019 -> ©2019): find where the text resumes.
        std::size_t after = j_;
        for (int points = 1; points <= 2 && after < text_.size(); ++points) {
            after = std::min(text_.size(), after + code_point_length(text_[after]));
            for (std::size_t length = end - i_; length >= 2; --length) {
                if (resumes(i_ + length, after)) {
                    add(after - j_, length, false);
                    return true;
                }
            }
        }
        add(code_point_length(text_[j_]), end - i_, false);
        return true;
    }

    // Whether the text from `t` says what the source says from `s` (up to the next
    // markup, reference or line end, at most a few bytes).
    bool resumes(std::size_t s, std::size_t t) const {
        std::size_t n = 0;
        while (n < 8 && s + n < original_.size() && original_[s + n] != '&' && original_[s + n] != '<' &&
               original_[s + n] != '\r')
            ++n;
        return t <= text_.size() && text_.substr(t, n) == original_.substr(s, n);
    }

    void skip_markup() {
        std::string_view close = starts_with_at(original_, i_, "<!--") ? "-->" : ">";
        std::size_t end = original_.find(close, i_ + 1);
        i_ = end == std::string_view::npos ? original_.size() : end + close.size();
    }

    std::vector<AlignedPiece> give_up() {
        std::size_t source_begin = std::min(i_, original_.size());
        pieces_.push_back({j_, text_.size(), base_ + source_begin, base_ + original_.size(), false});
        return std::move(pieces_);
    }

    std::string_view text_, original_;
    std::size_t base_;
    std::size_t i_ = 0, j_ = 0;
    std::vector<AlignedPiece> pieces_;
};

}  // namespace

std::vector<AlignedPiece> align_text_with_source(std::string_view text, std::string_view original,
                                                 std::size_t source_begin) {
    return Aligner(text, original, source_begin).run();
}

}  // namespace gklint
