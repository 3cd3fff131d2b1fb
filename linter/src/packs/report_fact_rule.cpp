// kind: report-fact — one diagnostic per document when a fact the normalisation
// established about the whole document holds, with its count. Keys: fact
// (traditional-script: characters converted from Traditional; pinyin-annotations:
// "(pinyin)" groups removed after Han characters), min (the smallest count
// reported, default 1). Reported at the first line with text. Message values:
// {count}.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "model/analysis.h"
#include "packs/message_template.h"
#include "packs/rule_kind.h"

namespace gklint {
namespace {

enum class Fact { TraditionalScript, PinyinAnnotations };

class ReportFactRule final : public Rule {
public:
    ReportFactRule(RuleMeta meta, LocalizedText message, Fact fact, std::size_t min)
        : meta_(std::move(meta)), message_(std::move(message)), fact_(fact), min_(min) {}

    const RuleMeta& meta() const override { return meta_; }

    void check(CheckContext& ctx) const override {
        const auto& normalized = ctx.analysis.normalized();
        std::size_t count = 0;
        switch (fact_) {
            case Fact::TraditionalScript: count = normalized.traditional ? normalized.traditional_chars : 0; break;
            case Fact::PinyinAnnotations: count = normalized.pinyin_annotations; break;
        }
        if (count == 0 || count < min_) return;
        Diagnostic d;
        d.range = first_text_line(ctx.document);
        d.message = expand_template(message_.in(ctx.language), {{"count", std::to_string(count)}});
        ctx.out.push_back(std::move(d));
    }

private:
    static TextRange first_text_line(const Document& doc) {
        std::string_view text = doc.text();
        const auto& lines = doc.lines();
        for (std::size_t line = 0; line < lines.count(); ++line) {
            std::size_t b = lines.line_start(line), e = lines.line_end(line);
            for (std::size_t i = b; i < e;) {
                std::size_t start = i;
                UChar32 c;
                U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, e, c);
                if (c >= 0 && !u_isUWhiteSpace(c)) return {start, e};
            }
        }
        return {0, 0};
    }

    RuleMeta meta_;
    LocalizedText message_;
    Fact fact_;
    std::size_t min_;
};

}  // namespace

std::unique_ptr<Rule> make_report_fact_rule(PackRuleDefinition& def) {
    const auto& f = def.file;
    const auto& n = def.node;
    if (!n["fact"]) f.fail(n, "a report-fact rule needs 'fact' (traditional-script or pinyin-annotations)");
    std::string name = f.scalar(n["fact"], "fact");
    Fact fact;
    if (name == "traditional-script") fact = Fact::TraditionalScript;
    else if (name == "pinyin-annotations") fact = Fact::PinyinAnnotations;
    else f.fail(n["fact"], "unknown fact '" + name + "' (traditional-script, pinyin-annotations)");
    std::size_t min = 1;
    if (n["min"]) {
        std::string s = f.scalar(n["min"], "min");
        if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos || s.size() > 9)
            f.fail(n["min"], "'min' must be a non-negative integer");
        min = std::stoul(s);
    }
    return std::make_unique<ReportFactRule>(std::move(def.meta), std::move(def.message), fact, min);
}

}  // namespace gklint
