// kind: repetition — report a word written twice in a row ("资金资金"): a run of
// `min`…`max` characters of one script immediately followed by the same run.
// Keys: script (ICU set of the word's characters, default [\p{Han}]), min, max,
// exceptions (ICU patterns searched in the line; a repetition lying wholly inside a
// match is allowed: "政府政府信息" for 人民政府 + 政府信息, "(研究)\1"),
// tables (false: skip the statistics tables, where labels and cells repeat).
// The fix, a suggestion, deletes the extra copies. Message values: {word}, {match}.
#include <unicode/uniset.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>
#include <optional>

#include "model/analysis.h"
#include "packs/icu_regex.h"
#include "packs/message_template.h"
#include "packs/rule_kind.h"

namespace gklint {
namespace {

// A character of a part of a line; its end is the next one's begin (the last one of a
// part is a sentinel at the part's end).
struct Char {
    UChar32 c;
    bool word;  // of the rule's script
    std::size_t begin;
};

// The characters of text[b, e), decoded as the scan reaches them and dropped once it is
// past them: a one-line web page of 60 MB is not held as 16 bytes per character.
class CharStream {
public:
    CharStream(std::string_view text, std::size_t b, std::size_t e, const icu::UnicodeSet& script)
        : text_(text), next_(b), end_(e), script_(script) {}

    // Is character k (counted from the part's start; the sentinel is the last) there?
    bool has(std::size_t k) {
        if (k < base_ + chars_.size()) return true;
        while (k >= base_ + chars_.size() && !done_) decode_some();
        return k < base_ + chars_.size();
    }
    // Character k, which has(k) said is there.
    const Char& operator[](std::size_t k) const { return chars_[k - base_]; }
    // The scan will not look before character k again.
    void drop_before(std::size_t k) {
        if (k - base_ < kKeep) return;
        chars_.erase(chars_.begin(), chars_.begin() + static_cast<std::ptrdiff_t>(k - base_));
        base_ = k;
    }

private:
    static constexpr std::size_t kKeep = 4096;
    static constexpr std::size_t kBatch = 1024;

    void decode_some() {
        for (std::size_t n = 0; n < kBatch; ++n) {
            if (next_ >= end_) {
                chars_.push_back({0, false, end_});
                done_ = true;
                return;
            }
            std::size_t start = next_;
            UChar32 c;
            U8_NEXT(reinterpret_cast<const uint8_t*>(text_.data()), next_, end_, c);
            chars_.push_back({c, c >= 0 && script_.contains(c), start});
        }
    }

    std::string_view text_;
    std::size_t next_, end_;
    const icu::UnicodeSet& script_;
    std::vector<Char> chars_;
    std::size_t base_ = 0;
    bool done_ = false;
};

// The ranges where an exception matches in a part of a line, found only when a
// repetition there needs them (most lines have none).
class Allowed {
public:
    Allowed(const std::vector<IcuRegex>& exceptions, std::string_view text, std::size_t b, std::size_t e)
        : exceptions_(exceptions), text_(text), b_(b), e_(e) {}

    bool covers(std::size_t b, std::size_t e) {
        if (!ranges_) find();
        for (const auto& r : *ranges_)
            if (r.begin <= b && e <= r.end) return true;
        return false;
    }

private:
    void find() {
        ranges_.emplace();
        for (const auto& re : exceptions_)
            re.for_each_match(text_.substr(b_, e_ - b_), [&](const RegexMatch& m) {
                ranges_->push_back({b_ + m.begin, b_ + m.end});
            });
    }

    const std::vector<IcuRegex>& exceptions_;
    std::string_view text_;
    std::size_t b_, e_;
    std::optional<std::vector<TextRange>> ranges_;
};

class RepetitionRule final : public Rule {
public:
    RepetitionRule(RuleMeta meta, LocalizedText message, std::unique_ptr<icu::UnicodeSet> script, std::size_t min,
                   std::size_t max, std::vector<IcuRegex> exceptions, bool tables)
        : meta_(std::move(meta)), message_(std::move(message)), script_(std::move(script)), min_(min), max_(max),
          exceptions_(std::move(exceptions)), tables_(tables) {}

    const RuleMeta& meta() const override { return meta_; }

    void check(CheckContext& ctx) const override {
        std::string_view text = ctx.document.text();
        std::vector<TextRange> skipped;
        if (!tables_)
            for (const auto& t : ctx.analysis.model().tables)
                if (t.present && t.range.end > t.range.begin) skipped.push_back(t.range);
        const auto& lines = ctx.document.lines();
        for (std::size_t line = 0; line < lines.count(); ++line) {
            std::size_t line_b = lines.line_start(line), line_e = lines.line_end(line);
            // The parts of the line outside the tables (a one-line web text holds everything).
            std::vector<TextRange> parts{{line_b, line_e}};
            for (const auto& r : skipped) {
                std::vector<TextRange> next;
                for (const auto& p : parts) {
                    if (r.end <= p.begin || r.begin >= p.end) {
                        next.push_back(p);
                        continue;
                    }
                    if (r.begin > p.begin) next.push_back({p.begin, r.begin});
                    if (r.end < p.end) next.push_back({r.end, p.end});
                }
                parts = std::move(next);
            }
            for (const auto& part : parts) scan_part(ctx, text, part.begin, part.end);
        }
    }

private:
    void scan_part(CheckContext& ctx, std::string_view text, std::size_t b, std::size_t e) const {
        if (e <= b) return;
        CharStream cs(text, b, e, *script_);
        Allowed allowed(exceptions_, text, b, e);
        // cs.has(k + 1): character k is one of the part's, not the sentinel
        for (std::size_t i = 0; cs.has(i + 1);) {
            cs.drop_before(i);
            std::size_t found = 0;
            // The shortest repeated unit wins: "资金资金资金" is 资金 repeated, not 资金资金.
            for (std::size_t len = min_; len <= max_; ++len) {
                if (!cs.has(i + 2 * len)) break;
                bool same = true;
                for (std::size_t k = 0; k < len && same; ++k) same = cs[i + k].c == cs[i + len + k].c;
                for (std::size_t k = 0; k < len && same; ++k) same = cs[i + k].word;  // so are the copies
                if (!same) continue;
                bool one_char = true;  // "哈哈哈哈" is one character repeated, not a doubled word
                for (std::size_t k = 1; k < len && one_char; ++k) one_char = cs[i + k].c == cs[i].c;
                if (one_char) continue;
                if (allowed.covers(cs[i].begin, cs[i + 2 * len].begin)) continue;
                found = len;
                break;
            }
            if (found == 0) {
                ++i;
                continue;
            }
            // Further copies ("资金资金资金") belong to the same diagnostic.
            std::size_t end = i + 2 * found;
            while (cs.has(end + found)) {
                bool again = true;
                for (std::size_t k = 0; k < found && again; ++k) again = cs[end + k].c == cs[i + k].c;
                if (!again) break;
                end += found;
            }
            std::string_view word = text.substr(cs[i].begin, cs[i + found].begin - cs[i].begin);
            TemplateValues values{{"word", std::string(word)},
                                  {"match", std::string(text.substr(cs[i].begin, cs[end].begin - cs[i].begin))}};
            Diagnostic d;
            d.range = {cs[i + found].begin, cs[end].begin};
            d.message = expand_template(message_.in(ctx.language), values);
            d.fix = Fix{d.range, "", false};
            ctx.out.push_back(std::move(d));
            i = end;
        }
    }

    RuleMeta meta_;
    LocalizedText message_;
    std::unique_ptr<icu::UnicodeSet> script_;
    std::size_t min_, max_;
    std::vector<IcuRegex> exceptions_;
    bool tables_;
};

std::size_t count_key(const YamlFile& f, const YAML::Node& n, const char* key, std::size_t fallback) {
    if (!n[key]) return fallback;
    std::string s = f.scalar(n[key], key);
    std::size_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') f.fail(n[key], std::string("'") + key + "' must be a positive integer");
        v = v * 10 + static_cast<std::size_t>(c - '0');
    }
    if (v == 0 || v > 64) f.fail(n[key], std::string("'") + key + "' must be between 1 and 64");
    return v;
}

}  // namespace

std::unique_ptr<Rule> make_repetition_rule(PackRuleDefinition& def) {
    const auto& f = def.file;
    const auto& n = def.node;
    std::string set = n["script"] ? f.scalar(n["script"], "script") : "[\\p{Han}]";
    UErrorCode status = U_ZERO_ERROR;
    auto script = std::make_unique<icu::UnicodeSet>(icu::UnicodeString::fromUTF8(set), status);
    if (U_FAILURE(status)) f.fail(n["script"], "'script' is not a valid ICU character set: " + set);
    script->freeze();
    std::size_t min = count_key(f, n, "min", 2), max = count_key(f, n, "max", 8);
    if (min > max) f.fail(n, "'min' is larger than 'max'");
    std::vector<IcuRegex> exceptions;
    if (n["exceptions"])
        for (const auto& p : f.string_list(n["exceptions"], "exceptions")) {
            try {
                exceptions.emplace_back(p);
            } catch (const std::exception& e) {
                f.fail(n["exceptions"], "invalid pattern '" + p + "': " + e.what());
            }
        }
    bool tables = !n["tables"] || f.boolean(n["tables"], "tables");
    def.meta.fixable = true;
    return std::make_unique<RepetitionRule>(std::move(def.meta), std::move(def.message), std::move(script), min, max,
                                            std::move(exceptions), tables);
}

}  // namespace gklint
