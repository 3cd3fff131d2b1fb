#include "normalize/pinyin.h"

#include <array>
#include <string>

#include <unicode/utf8.h>

namespace gklint {
namespace {

// Tone-marked vowels to plain ones; 0 when `c` is not a pinyin letter.
char plain_letter(char32_t c) {
    if (c >= U'a' && c <= U'z') return static_cast<char>(c);
    static constexpr std::u32string_view kA = U"āáǎà", kE = U"ēéěè", kI = U"īíǐì", kO = U"ōóǒò", kU = U"ūúǔù",
                                         kV = U"üǖǘǚǜ";
    if (kA.find(c) != std::u32string_view::npos) return 'a';
    if (kE.find(c) != std::u32string_view::npos) return 'e';
    if (kI.find(c) != std::u32string_view::npos) return 'i';
    if (kO.find(c) != std::u32string_view::npos) return 'o';
    if (kU.find(c) != std::u32string_view::npos) return 'u';
    if (kV.find(c) != std::u32string_view::npos) return 'v';
    return 0;
}

constexpr std::array<std::string_view, 23> kInitials = {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g",
                                                        "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"};
constexpr std::array<std::string_view, 39> kFinals = {
    "iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan", "van", "ai", "ei", "ao",
    "ou", "an", "en", "er", "ia", "ie", "iu", "in", "ua", "uo", "ui", "un", "ve", "vn", "ue", "a", "o", "e", "i", "u",
    "v", "ng", "m"};

bool is_final(std::string_view s) {
    for (auto f : kFinals)
        if (s == f) return true;
    return false;
}

// One or more syllables: greedy with backtracking over the short word.
bool syllables(std::string_view s) {
    if (s.empty()) return true;
    for (std::size_t len = std::min<std::size_t>(6, s.size()); len >= 1; --len) {
        std::string_view syl = s.substr(0, len);
        bool ok = is_final(syl);
        for (auto ini : kInitials)
            if (!ok && syl.size() > ini.size() && syl.compare(0, ini.size(), ini) == 0 && is_final(syl.substr(ini.size())))
                ok = true;
        if (ok && syllables(s.substr(len))) return true;
    }
    return false;
}

}  // namespace

bool is_pinyin_word(std::u32string_view word) {
    if (word.empty() || word.size() > 24) return false;
    std::string plain;
    for (char32_t c : word) {
        char p = plain_letter(c);
        if (!p) return false;
        plain.push_back(p);
    }
    return syllables(plain);
}

std::size_t pinyin_annotation_length(std::string_view text) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const auto n = static_cast<int32_t>(text.size());
    int32_t pos = 0;
    std::size_t accepted = 0;
    while (pos < n) {
        UChar32 c;
        U8_NEXT(s, pos, n, c);
        if (c != '(' && c != 0xFF08) break;
        std::u32string word;
        bool closed = false;
        while (pos < n && word.size() <= 24) {
            U8_NEXT(s, pos, n, c);
            if (c == ')' || c == 0xFF09) {
                closed = true;
                break;
            }
            word.push_back(static_cast<char32_t>(c < 0 ? 0 : c));
        }
        if (!closed || !is_pinyin_word(word)) break;
        accepted = static_cast<std::size_t>(pos);
    }
    return accepted;
}

}  // namespace gklint
