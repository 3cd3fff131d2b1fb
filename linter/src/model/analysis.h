#pragma once
// What rules see of a document beyond its text: the normalised view and the report
// model, each built on first use and then shared by every rule run on the document.
#include <memory>
#include <mutex>

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

private:
    const Document& document_;
    const TemplateSet* templates_;
    mutable std::once_flag normalized_once_, model_once_;
    mutable std::unique_ptr<NormalizedText> normalized_;
    mutable std::unique_ptr<ReportModel> model_;
};

}  // namespace gklint
