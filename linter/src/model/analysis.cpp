#include "model/analysis.h"

#include "model/model_builder.h"

namespace gklint {

Analysis::Analysis(const Document& document, const TemplateSet* templates)
    : document_(document), templates_(templates) {}

Analysis::~Analysis() = default;

const NormalizedText& Analysis::normalized() const {
    std::call_once(normalized_once_, [&] { normalized_ = std::make_unique<NormalizedText>(normalize_text(document_.text())); });
    return *normalized_;
}

const ReportModel& Analysis::model() const {
    std::call_once(model_once_, [&] {
        static const TemplateSet kNoTemplates;
        model_ = std::make_unique<ReportModel>(
            build_report_model(document_.text(), normalized(), templates_ ? *templates_ : kNoTemplates,
                               document_.tables()));
    });
    return *model_;
}

std::shared_ptr<const void> Analysis::shared(const std::string& key,
                                             const std::function<std::shared_ptr<const void>()>& build) const {
    std::lock_guard lock(shared_mutex_);
    if (auto found = shared_.find(key); found != shared_.end()) return found->second;
    auto value = build();
    shared_.emplace(key, value);
    return value;
}

const ReportTemplate* Analysis::tmpl() const {
    return templates_ ? templates_->find(model().format.version) : nullptr;
}

}  // namespace gklint
