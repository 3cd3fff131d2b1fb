#include "output/project_links.h"

#ifndef GKLINT_REPOSITORY_URL
#define GKLINT_REPOSITORY_URL "https://gklint.invalid/gklint"
#endif

namespace gklint {

std::string_view repository_url() { return GKLINT_REPOSITORY_URL; }

std::string rule_doc_url(std::string_view rule_id) {
    return std::string(repository_url()) + "/blob/main/docs/rules/" + std::string(rule_id) + ".md";
}

}  // namespace gklint
