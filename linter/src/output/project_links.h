#pragma once
// Where gklint and its rule documentation live on the web, for formats that link to them
// (SARIF informationUri/helpUri, reviewdog source.url/code.url). Set at build time with
// -DGKLINT_REPOSITORY_URL=…; the default is a placeholder under the reserved .invalid domain.
#include <string>
#include <string_view>

namespace gklint {

std::string_view repository_url();
// <repository>/blob/main/docs/rules/<rule-id>.md, the page `gklint explain` prints.
std::string rule_doc_url(std::string_view rule_id);

}  // namespace gklint
