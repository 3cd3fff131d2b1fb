// kind: pair-balance — paired marks (quotes, book-title marks, brackets) must close
// within their scope. Keys: pairs (map opening mark -> closing mark), tables
// (true: a statistics table is one scope, so a label or note broken across lines
// or cells may close on a later line). Outside tables a scope is a block of
// consecutive non-blank lines (a paragraph of a Word export, or a wrapped
// paragraph of PDF text). A mark left open at the end of a scope may still close
// at the start of the next `carry` scopes (default 2) — a table note or label
// split by an empty line, a sentence split by a page footer ("-1-") — and is
// reported when it does not. A closing ’ between two Latin letters is an apostrophe.
// Message values: {mark} (as written), {partner} (the missing other half).
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <map>

#include "model/analysis.h"
#include "packs/message_template.h"
#include "packs/rule_kind.h"

namespace gklint {
namespace {

struct Pair {
    std::string open, close;
};

struct Open {
    std::size_t pair;
    TextRange range;
    TextRange scope_end;  // where its own scope ended (for the note)
    std::size_t age = 0;  // scopes it was carried over
};

bool is_latin(UChar32 c) { return c >= 0 && c < 0x250 && u_isalpha(c); }

class PairBalanceRule final : public Rule {
public:
    PairBalanceRule(RuleMeta meta, LocalizedText message, std::vector<Pair> pairs, bool tables, std::size_t carry)
        : meta_(std::move(meta)), message_(std::move(message)), pairs_(std::move(pairs)), tables_(tables),
          carry_(carry) {}

    const RuleMeta& meta() const override { return meta_; }

    void check(CheckContext& ctx) const override {
        std::string_view text = ctx.document.text();
        const auto& lines = ctx.document.lines();
        std::vector<TextRange> tables;
        if (tables_)
            for (const auto& t : ctx.analysis.model().tables)
                if (t.present && t.range.end > t.range.begin) tables.push_back(t.range);
        // Scopes as byte ranges.
        std::vector<TextRange> scopes;
        std::size_t open_begin = std::string_view::npos, last_end = 0;
        auto close_scope = [&] {
            if (open_begin != std::string_view::npos) scopes.push_back({open_begin, last_end});
            open_begin = std::string_view::npos;
        };
        for (std::size_t line = 0; line < lines.count(); ++line) {
            std::size_t b = lines.line_start(line), e = lines.line_end(line);
            const TextRange* table = nullptr;
            for (const auto& r : tables)
                if (b < r.end && e > r.begin) table = &r;
            if (table) {
                close_scope();
                std::size_t end_line = lines.line_of(table->end > 0 ? table->end - 1 : 0);
                std::size_t end = lines.line_end(std::max(end_line, line));
                scopes.push_back({b, end});
                line = std::max(end_line, line);
                continue;
            }
            bool blank = text.substr(b, e - b).find_first_not_of(" \t\r") == std::string_view::npos ||
                         is_blank_utf8(text.substr(b, e - b));
            if (blank) {
                close_scope();
                continue;
            }
            if (open_begin == std::string_view::npos) open_begin = b;
            last_end = e;
        }
        close_scope();
        std::vector<Open> carried;
        for (const auto& s : scopes) carried = check_scope(ctx, text, s, std::move(carried));
        for (const auto& o : carried) report(ctx, o.range, pairs_[o.pair].open, pairs_[o.pair].close, &o.scope_end);
    }

private:
    static bool is_blank_utf8(std::string_view s) {
        for (std::size_t i = 0; i < s.size();) {
            UChar32 c;
            U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, s.size(), c);
            if (c < 0 || !u_isUWhiteSpace(c)) return false;
        }
        return true;
    }

    void report(CheckContext& ctx, TextRange at, const std::string& mark, const std::string& partner,
                const TextRange* scope_end) const {
        TemplateValues values{{"mark", mark}, {"partner", partner}, {"match", mark}};
        Diagnostic d;
        d.range = at;
        d.message = expand_template(message_.in(ctx.language), values);
        if (scope_end)
            d.notes.push_back({*scope_end, ctx.language == Language::En
                                               ? "the paragraph ends here without " + partner
                                               : "段落至此结束，仍没有 " + partner});
        ctx.out.push_back(std::move(d));
    }

    // Returns the marks still open, to be carried into the next scope.
    std::vector<Open> check_scope(CheckContext& ctx, std::string_view text, TextRange scope,
                                  std::vector<Open> stack) const {
        const std::size_t carried = stack.size();
        std::vector<bool> seen(pairs_.size(), false);  // a mark of the pair occurred in this scope
        std::size_t end_begin = scope.end;
        for (std::size_t i = scope.begin; i < scope.end;) {
            std::size_t start = i;
            UChar32 c;
            U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, scope.end, c);
            std::string_view ch = text.substr(start, i - start);
            if (c >= 0 && !u_isUWhiteSpace(c)) end_begin = start;
            for (std::size_t p = 0; p < pairs_.size(); ++p) {
                const Pair& pair = pairs_[p];
                bool opens = ch == pair.open, closes = ch == pair.close;
                if (!opens && !closes) continue;
                if (opens && closes) {  // the same mark both ways ("): alternate
                    bool inside = !stack.empty() && stack.back().pair == p;
                    opens = !inside;
                    closes = inside;
                }
                // A carried mark left open does not reach past an opening mark of its pair.
                if (opens && !seen[p]) {
                    for (std::size_t j = 0; j < carried && j < stack.size(); ++j)
                        if (stack[j].pair == p && stack[j].age > 0) {
                            report(ctx, stack[j].range, pair.open, pair.close, &stack[j].scope_end);
                            stack.erase(stack.begin() + static_cast<std::ptrdiff_t>(j));
                            --j;
                        }
                }
                seen[p] = true;
                if (opens) {
                    stack.push_back({p, {start, i}, {}, 0});
                } else if (closes) {
                    if (apostrophe(text, start, i, scope)) break;
                    std::size_t k = stack.size();
                    while (k > 0 && stack[k - 1].pair != p) --k;
                    if (k == 0) {
                        report(ctx, {start, i}, pair.close, pair.open, nullptr);
                    } else {
                        for (std::size_t j = k; j < stack.size(); ++j) {
                            TextRange here{start, i};
                            report(ctx, stack[j].range, pairs_[stack[j].pair].open, pairs_[stack[j].pair].close,
                                   stack[j].age > 0 ? &stack[j].scope_end : &here);
                        }
                        stack.resize(k - 1);
                    }
                }
                break;
            }
        }
        TextRange end{end_begin, end_begin};
        if (end_begin < scope.end) {
            std::size_t i = end_begin;
            UChar32 c;
            U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, scope.end, c);
            end = {end_begin, i};
        }
        std::vector<Open> out;
        for (auto& o : stack) {
            if (o.age == 0) o.scope_end = end;
            if (o.age >= carry_) {
                report(ctx, o.range, pairs_[o.pair].open, pairs_[o.pair].close, &o.scope_end);
                continue;
            }
            ++o.age;
            out.push_back(o);
        }
        return out;
    }

    static bool apostrophe(std::string_view text, std::size_t b, std::size_t e, TextRange scope) {
        if (b <= scope.begin || e >= scope.end) return false;
        std::size_t before = b, after = e;
        --before;  // b > scope.begin
        while (before > scope.begin && (static_cast<unsigned char>(text[before]) & 0xC0) == 0x80) --before;
        std::size_t prev_at = before;
        UChar32 prev, next;
        U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), prev_at, b, prev);
        U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), after, scope.end, next);
        return is_latin(prev) && is_latin(next);
    }

    RuleMeta meta_;
    LocalizedText message_;
    std::vector<Pair> pairs_;
    bool tables_;
    std::size_t carry_;
};

}  // namespace

std::unique_ptr<Rule> make_pair_balance_rule(PackRuleDefinition& def) {
    const auto& f = def.file;
    const auto& n = def.node;
    if (!n["pairs"] || !n["pairs"].IsMap()) f.fail(n, "a pair-balance rule needs 'pairs', a map of opening to closing mark");
    std::vector<Pair> pairs;
    for (const auto& kv : n["pairs"]) {
        Pair p{f.scalar(kv.first, "pairs"), f.scalar(kv.second, "pairs")};
        if (p.open.empty() || p.close.empty()) f.fail(kv.first, "a mark of 'pairs' is empty");
        pairs.push_back(std::move(p));
    }
    bool tables = !n["tables"] || f.boolean(n["tables"], "tables");
    std::size_t carry = 2;
    if (n["carry"]) {
        std::string c = f.scalar(n["carry"], "carry");
        if (c.empty() || c.size() > 2 || c.find_first_not_of("0123456789") != std::string::npos)
            f.fail(n["carry"], "'carry' must be a small non-negative integer");
        carry = std::stoul(c);
    }
    return std::make_unique<PairBalanceRule>(std::move(def.meta), std::move(def.message), std::move(pairs), tables,
                                             carry);
}

}  // namespace gklint
