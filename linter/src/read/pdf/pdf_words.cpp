#include "read/pdf/pdf_words.h"

#include "read/office_module.h"

namespace gklint::pdf {

std::vector<Page> load_pages(std::string_view bytes, std::size_t max_pages) {
    return office_module().load_pdf_pages(bytes, max_pages);
}

}  // namespace gklint::pdf
