#pragma once
// What rules see of a document beyond its text: the normalised view and the report
// model, each built on first use and then shared by every rule run on the document.
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "core/document.h"
#include "model/report_model.h"
#include "model/report_template.h"
#include "normalize/normalized_text.h"

namespace gklint {

class Analysis {
public:
    // `templates` may be null (no templates installed): the model then has
    // sections and prose but no tables.
    Analysis(const Document& document, const TemplateSet* templates);
    ~Analysis();

    const Document& document() const { return document_; }
    const NormalizedText& normalized() const;
    const ReportModel& model() const;
    // The template of the model's format version; null when undecided or none installed.
    const ReportTemplate* tmpl() const;

    // A value built on first use and then shared by every rule run on the document: the
    // pattern scan's results, a plugin's own view of the report. `key` tells values apart;
    // `build` runs once, under the document's lock (it may ask for other shared values).
    std::shared_ptr<const void> shared(const std::string& key,
                                       const std::function<std::shared_ptr<const void>()>& build) const;
    template <typename T>
    std::shared_ptr<const T> shared(const std::string& key, const std::function<std::shared_ptr<const T>()>& build) const {
        return std::static_pointer_cast<const T>(shared(key, std::function<std::shared_ptr<const void>()>(build)));
    }

    // Last year's report of the same agency, when the host has it (an audit, or a lint
    // with --previous): the cross-year rules read it. Not owned; null when none.
    const Analysis* previous() const { return previous_; }
    void set_previous(const Analysis* previous) { previous_ = previous; }

private:
    const Document& document_;
    const TemplateSet* templates_;
    const Analysis* previous_ = nullptr;
    mutable std::once_flag normalized_once_, model_once_;
    mutable std::unique_ptr<NormalizedText> normalized_;
    mutable std::unique_ptr<ReportModel> model_;
    mutable std::recursive_mutex shared_mutex_;
    mutable std::map<std::string, std::shared_ptr<const void>, std::less<>> shared_;
};

}  // namespace gklint
