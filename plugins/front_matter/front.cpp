#include "front.h"

#include <algorithm>

namespace front_matter {
namespace {

std::size_t char_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xE) return 3;
    if ((lead >> 3) == 0x1E) return 4;
    return 1;
}

// The flat form of one character: "" for whitespace, folded forms for full-width
// digits and ASCII brackets/slash (templates write （一）, documents often (一)).
std::string_view fold(std::string_view ch) {
    static constexpr std::string_view kDigits[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    if (ch == " " || ch == "\t" || ch == "\r" || ch == "\n" || ch == "\f" || ch == "\v") return {};
    if (ch == "\u00a0" || ch == "\u3000" || ch == "\u2002" || ch == "\u2003" || ch == "\u200b" || ch == "\ufeff")
        return {};
    if (ch == "(") return "（";
    if (ch == ")") return "）";
    if (ch == "／") return "/";
    if (ch.size() == 3 && static_cast<unsigned char>(ch[0]) == 0xEF && static_cast<unsigned char>(ch[1]) == 0xBC) {
        unsigned c = static_cast<unsigned char>(ch[2]);
        if (c >= 0x90 && c <= 0x99) return kDigits[c - 0x90];  // ０-９
    }
    return ch;
}

}  // namespace

FrontData::FrontData(const Context& c) : norm(c.normalized_text()), sections(c.sections()) {
    for (const auto& t : c.tables())
        if (t.info.present && t.info.range.end > t.info.range.begin) tables.push_back(t.info.range);
    flat.reserve(norm.size());
    for (std::size_t i = 0; i < norm.size();) {
        std::size_t n = std::min(char_length(static_cast<unsigned char>(norm[i])), norm.size() - i);
        std::string_view ch = norm.substr(i, n);
        std::string_view out = fold(ch);
        if (!out.empty()) {
            bool folded = out.data() != ch.data();
            bool extends = !folded && !pieces.empty() && !pieces.back().folded && pieces.back().length == n &&
                           pieces.back().norm + (flat.size() - pieces.back().flat) == i;
            if (!extends)
                pieces.push_back(Piece{static_cast<std::uint32_t>(flat.size()), static_cast<std::uint32_t>(i),
                                       static_cast<std::uint8_t>(n), folded});
            flat.append(out);
        }
        i += n;
    }
}

std::size_t FrontData::piece_end(std::size_t index) const {
    return index + 1 < pieces.size() ? pieces[index + 1].flat : flat.size();
}

ByteRange FrontData::char_of(std::size_t flat_byte) const {
    auto after = std::upper_bound(pieces.begin(), pieces.end(), flat_byte,
                                  [](std::size_t f, const Piece& p) { return f < p.flat; });
    const Piece& p = *(after - 1);
    if (p.folded) return {p.norm, p.norm + p.length};
    std::size_t begin = p.norm + (flat_byte - p.flat) / p.length * p.length;
    return {begin, begin + p.length};
}

std::size_t FrontData::flat_at(std::size_t n) const {
    auto first = std::lower_bound(pieces.begin(), pieces.end(), n,
                                  [](const Piece& p, std::size_t off) { return p.norm < off; });
    if (first != pieces.begin()) {
        const Piece& p = *(first - 1);
        std::size_t index = static_cast<std::size_t>(first - pieces.begin()) - 1;
        if (!p.folded) {
            std::size_t chars = (piece_end(index) - p.flat) / p.length;
            std::size_t j = (n - p.norm + p.length - 1) / p.length;
            if (j < chars) return p.flat + j * p.length;
        }
    }
    return first == pieces.end() ? flat.size() : first->flat;
}

Front::Front(const Context& c)
    : ctx(c), data_(c.shared<FrontData>("front_matter/front")), norm(data_->norm), flat(data_->flat),
      sections(data_->sections), tables(data_->tables) {}

gklint_range Front::doc(ByteRange r) const {
    if (r.begin >= flat.size()) return ctx.to_document(gklint_range{norm.size(), norm.size()});
    std::size_t b = data_->char_of(r.begin).begin;
    std::size_t e = r.end > r.begin ? data_->char_of(std::min(r.end, flat.size()) - 1).end : b;
    return ctx.to_document(gklint_range{b, e});
}

std::size_t Front::flat_offset(std::size_t doc_offset) const {
    // The normalised offset first, then the flat one.
    return data_->flat_at(ctx.to_normalized(doc_offset));
}

std::size_t Front::first_heading() const {
    std::size_t at = ctx.text().size();
    for (const auto& s : sections)
        if (s.present && s.heading.end > s.heading.begin) at = std::min(at, s.heading.begin);
    return at;
}

bool Front::whole_report() const {
    int present = 0;
    for (const auto& s : sections) present += s.present ? 1 : 0;
    return present >= 3;
}

bool Front::in_table(gklint_range r) const {
    for (const auto& t : tables)
        if (t.begin <= r.begin && r.end <= t.end) return true;
    return false;
}

gklint_range Front::first_line() const {
    for (std::size_t i = 0; i < ctx.line_count(); ++i) {
        std::string_view line = ctx.line(i);
        std::size_t k = 0;
        while (k < line.size()) {
            std::size_t n = std::min(char_length(static_cast<unsigned char>(line[k])), line.size() - k);
            if (!fold(line.substr(k, n)).empty()) break;
            k += n;
        }
        if (k == line.size()) continue;
        gklint_range r = ctx.line_range(i);
        std::size_t end = r.end;
        while (end > r.begin + k && (ctx.text()[end - 1] == ' ' || ctx.text()[end - 1] == '\t')) --end;
        return {r.begin + k, end};
    }
    return {0, 0};
}

bool contains_any(std::string_view s, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words)
        if (s.find(w) != std::string_view::npos) return true;
    return false;
}

}  // namespace front_matter
