#include "read/input_rules.h"

#include <memory>

namespace gklint {
namespace {

// Reports the document's reader findings that carry this rule's id.
class ReaderFindingRule : public Rule {
public:
    explicit ReaderFindingRule(RuleMeta meta) : meta_(std::move(meta)) {}
    const RuleMeta& meta() const override { return meta_; }
    void check(CheckContext& ctx) const override {
        for (const auto& f : ctx.document.reader_findings())
            if (f.rule_id == meta_.id)
                ctx.out.push_back(Diagnostic{meta_.id, f.severity, f.range,
                                             ctx.language == Language::En ? f.message_en : f.message_zh, {}, std::nullopt, {}});
    }

private:
    RuleMeta meta_;
};

}  // namespace

void register_input_rules(RuleRegistry& registry) {
    RuleMeta meta;
    meta.id = "input/no-text-layer";
    meta.default_severity = Severity::Error;
    meta.summary = {"PDF 没有文字层（扫描件），无法检查", "the PDF has no text layer (a scan) and cannot be checked"};
    meta.origin = "engine (PDF reader)";
    meta.builtin = true;
    registry.add(std::make_unique<ReaderFindingRule>(std::move(meta)));
}

}  // namespace gklint
